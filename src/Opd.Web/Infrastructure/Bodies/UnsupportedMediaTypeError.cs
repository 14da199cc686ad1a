using Opd.Core.Common;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>The request's body is not in a format the endpoint reads (415); only the web host meets this.</summary>
public sealed record UnsupportedMediaTypeError(string Detail) : Error(Detail);
