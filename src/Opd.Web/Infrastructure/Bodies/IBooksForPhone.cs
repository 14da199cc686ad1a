using Opd.Core.Common;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>A body that books for a mobile number, so anonymous callers are held to that number's limit.</summary>
public interface IBooksForPhone
{
    IndianMobile? Phone { get; }
}
