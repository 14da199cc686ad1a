using Opd.Core.Common;

namespace Opd.Web.Infrastructure.Bodies;

public static class Judging
{
    /// <summary>
    /// Runs a use case's own field rules on a body while it is read, so that one answer lists the
    /// fields of the wrong type together with those that break a rule. A field the reader already
    /// refused is not judged again (one clear reason per field).
    /// </summary>
    public static void Judge(this FieldErrors errors, Action<FieldErrors> rules)
    {
        var judged = new FieldErrors(errors);
        rules(judged);
        foreach (var (field, messages) in judged.ToError().Fields)
        {
            if (errors.Has(field))
                continue;
            foreach (var message in messages)
                errors.Add(field, message);
        }
    }
}
