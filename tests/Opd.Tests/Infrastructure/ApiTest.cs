namespace Opd.Tests.Infrastructure;

/// <summary>A test class with its own server and database, shared by the tests of that class.</summary>
public abstract class ApiTest(OpdApp app) : IClassFixture<OpdApp>
{
    protected OpdApp App { get; } = app;
    protected HttpClient Anonymous => App.Anonymous();
    protected HttpClient Admin => App.Admin();
}
