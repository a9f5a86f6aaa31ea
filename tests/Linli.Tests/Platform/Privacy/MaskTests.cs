using Linli.Web.Platform.Privacy;

namespace Linli.Tests.Platform.Privacy;

public sealed class MaskTests
{
    [Theory]
    [InlineData("110101199003071234", "110101********1234")]
    [InlineData("11010119900307123X", "110101********123X")]
    [InlineData(" 110101199003071234 ", "110101********1234")]
    [InlineData("1234", "1***")]
    [InlineData(null, null)]
    public void Id_numbers_keep_the_first_six_and_last_four(string? value, string? expected) => Assert.Equal(expected, Mask.IdNumber(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("123", "1**")]
    [InlineData("", "")]
    public void Phones_keep_the_first_three_and_last_four(string value, string expected) => Assert.Equal(expected, Mask.Phone(value));

    [Fact]
    public void Names_keep_the_family_name() => Assert.Equal("张**", Mask.Name("张三丰"));
}
