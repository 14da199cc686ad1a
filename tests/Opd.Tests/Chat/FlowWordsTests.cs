using Opd.Core.Chat;

namespace Opd.Tests.Chat;

/// <summary>Numbered tokens, corrections, opening-hour questions and typing slips, read without a database. "Today" is Monday 2026-11-23.</summary>
public sealed class FlowWordsTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Theory]
    [InlineData("I am number 14 in orthopedics, how long?", 14, "orthopedics")]
    [InlineData("my token is 7 in dental, how many before me", 7, "dental")]
    [InlineData("token no. 22 skin department, when will I be called", 22, "dermatology")]
    [InlineData("mera number 14 hai haddi vibhag, kitna time lagega", 14, "orthopedics")]
    [InlineData("मेरा नंबर 14 है, हड्डी विभाग, कितनी देर लगेगी", 14, "orthopedics")]
    [InlineData("ମୋ ନମ୍ବର ୧୪, ଅସ୍ଥି ବିଭାଗ, ଆଉ କେତେ ସମୟ", 14, "orthopedics")]
    [InlineData("mo number 9 danta, kete samay lagiba", 9, "dental")]
    [InlineData("number 23 in dental?", 23, "dental")]
    [InlineData("token 6 skin, how much time", 6, "dermatology")]
    public void ANumberedTokensPlace_IsAQueueQuestion(string text, int number, string department)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.Equal((Intent.Queue, number, department), (p.Intent, p.TokenNumber, p.Department));
    }

    [Theory]
    [InlineData("sorry, not Monday — Wednesday", "2026-11-25", null)]
    [InlineData("Wednesday, not Monday", "2026-11-25", null)]
    [InlineData("half past eleven, not ten", null, "11:30")]
    [InlineData("not 10, make it 11:30", null, "11:30")]
    [InlineData("somvar nahi, budhvar", "2026-11-25", null)]
    [InlineData("10 baje nahi, saadhe gyarah baje", null, "11:30")]
    [InlineData("सोमवार नहीं, बुधवार", "2026-11-25", null)]
    [InlineData("दस बजे नहीं, साढ़े ग्यारह बजे", null, "11:30")]
    [InlineData("ସୋମବାର ନୁହେଁ, ବୁଧବାର", "2026-11-25", null)]
    [InlineData("ଦଶଟା ନୁହେଁ, ସାଢ଼େ ଏଗାରଟା", null, "11:30")]
    [InlineData("eleven thirty, not ten", null, "11:30")]
    [InlineData("सवा दस बजे", null, "10:15")]
    [InlineData("quarter to twelve", null, "11:45")]
    public void TakenBackFacts_GiveWayToTheNewOnes(string text, string? date, string? time)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), p.Date);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time), p.Time);
    }

    [Theory]
    [InlineData("change the name to Rina Das", "Rina Das")]
    [InlineData("sorry, the name should be Kabita Sethi", "Kabita Sethi")]
    [InlineData("naam badal ke Sunil Kumar kar do", "Sunil Kumar")]
    [InlineData("नाम बदलकर सुनील कुमार कर दो", "सुनील कुमार")]
    [InlineData("ନାମ ବଦଳାଇ ସୁନୀଲ କୁମାର କରନ୍ତୁ", "ସୁନୀଲ କୁମାର")]
    public void ANameChange_GivesTheNewName(string text, string name) => Assert.Equal(name, Understanding.Parse(text, Monday).Name);

    [Theory]
    [InlineData("is the OPD open on Sunday", "2026-11-29", null)]
    [InlineData("till when is dental open today", "2026-11-23", "dental")]
    [InlineData("what time does skin department close on saturday", "2026-11-28", "dermatology")]
    [InlineData("kya OPD ravivar ko khula hai", "2026-11-29", null)]
    [InlineData("दांत विभाग आज कब तक खुला है", "2026-11-23", "dental")]
    [InlineData("ରବିବାର ଓପିଡି ଖୋଲା କି", "2026-11-29", null)]
    [InlineData("aji danta bibhaga kete bele jae khola", "2026-11-23", "dental")]
    public void OpeningHourQuestions_NameTheDayAndDepartment(string text, string date, string? department)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.Equal((Intent.Info, true, DateOnly.Parse(date), department), (p.Intent, p.AsksHours, p.Date, p.Department));
    }

    [Theory]
    [InlineData("apointmnet tommorow for dentsit", Intent.Book, "dental", "2026-11-24")]
    [InlineData("plz bok a tokn for skn rash on wednesay", Intent.Book, "dermatology", "2026-11-25")]
    [InlineData("kal dental ke liye apointment chahiye", Intent.Book, "dental", "2026-11-24")]
    [InlineData("mo pua ku jwara, kali dekhaibaku token darkar", Intent.Book, "pediatrics", "2026-11-24")]
    [InlineData("cardiolgy appointmnt frdiay", Intent.Book, "cardiology", "2026-11-27")]
    [InlineData("chest pian, want to see docter tomorow", Intent.Book, "cardiology", "2026-11-24")]
    [InlineData("he is vomiting, need docter tomorow", Intent.Book, "general_medicine", "2026-11-24")]
    [InlineData("general medicne apointment on thrusday", Intent.Book, "general_medicine", "2026-11-26")]
    public void SlipsInSeveralWords_AndMixedLanguages(string text, Intent intent, string department, string date)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.Equal((intent, department, DateOnly.Parse(date)), (p.Intent, p.Department, p.Date));
    }
}
