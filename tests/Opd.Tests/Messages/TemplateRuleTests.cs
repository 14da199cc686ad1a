using Opd.Core.Messages;

namespace Opd.Tests.Messages;

public sealed class TemplateRuleTests
{
    private static MessageTemplate Template(string text, params string[] variables) => new()
    {
        Kind = MessageKinds.BookingConfirmation, Language = "en", Text = text, Variables = variables,
    };

    [Fact]
    public void TheStartingTemplates_PassTheRules_InEveryLanguage()
    {
        var defaults = TemplateCatalog.Defaults(DateTimeOffset.UnixEpoch);
        Assert.Empty(defaults.SelectMany(TemplateRules.Problems));
        foreach (var kind in MessageKinds.Values.Keys)
            Assert.Equal(["en", "or", "hi"], defaults.Where(t => t.Kind == kind).Select(t => t.Language));
    }

    [Fact]
    public void ThreeVariables_AreRefused()
    {
        var problems = TemplateRules.Problems(Template("Token {token} at {when}: {link}", "token", "when", "link"));
        Assert.Contains(problems, p => p.Contains("has 3 variables") && p.Contains("at most 2"));
    }

    [Fact]
    public void AVariableTheTextDoesNotDeclare_OrTheKindDoesNotOffer_IsRefused()
    {
        Assert.Contains(TemplateRules.Problems(Template("Token {token}: {link}", "token")), p => p.Contains("declares {token}"));
        Assert.Contains(TemplateRules.Problems(Template("Code {code}", "code")), p => p.Contains("{code} is not a value"));
        Assert.Empty(TemplateRules.Problems(Template("Token {token}: {link}", "token", "link")));
    }

    [Fact]
    public void DltText_WritesEachVariableAsVar() =>
        Assert.Equal("Your OPD token: {#var#}. See your turn live: {#var#}",
            TemplateRules.DltText("Your OPD token: {token}. See your turn live: {link}"));
}
