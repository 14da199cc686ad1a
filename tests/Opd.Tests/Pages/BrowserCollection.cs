namespace Opd.Tests.Pages;

/// <summary>
/// Browser tests run on their own, after the others: they measure a board update within a second
/// and wait for page loads, which the rest of the suite's load on two cores would distort.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}
