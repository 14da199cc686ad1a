using Opd.Core.Common;

namespace Opd.Tests.Domain;

public sealed class IndianMobileTests
{
    [Theory]
    [InlineData("9876543210", "9876543210")]
    [InlineData("+91 98765 43210", "9876543210")]
    [InlineData("+91-9876543210", "9876543210")]
    [InlineData("09876543210", "9876543210")]
    [InlineData("919876543210", "9876543210")]
    [InlineData(" (+91) 6000-000-000 ", "6000000000")]
    [InlineData("7.0.0.0.0.0.0.0.0.1", "7000000001")]
    public void CommonSpellings_Normalise(string input, string expected)
    {
        Assert.True(IndianMobile.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("98765abcde")]
    [InlineData("5999999999")]
    [InlineData("0876543210")]
    [InlineData("987654321")]
    [InlineData("98765432100")]
    [InlineData("+44 9876543210")]
    [InlineData("++919876543210")]
    [InlineData("+91 0 9876543210")]
    [InlineData("९८७६५४३२१०")]
    public void EverythingElse_IsRefused(string? input) => Assert.False(IndianMobile.TryNormalize(input, out _));
}
