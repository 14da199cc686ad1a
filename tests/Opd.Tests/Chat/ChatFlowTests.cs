using Microsoft.EntityFrameworkCore;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Chat;

/// <summary>
/// What patients actually say, through POST /chat on the real server and database: answers that are not
/// names, danger signs, departments the clinic lacks, corrections and opening hours. Monday 2026-11-23, 08:00.
/// </summary>
public sealed class ChatFlowTests(OpdApp app) : ApiTest(app)
{
    private ChatThread NewThread() => new(Anonymous);

    [Fact]
    public async Task AYesOrAGreeting_IsNeverTakenForTheName()
    {
        var chat = NewThread();
        Assert.Contains("name", await chat.Say("book a token"));
        foreach (var answer in new[] { "yes", "ok", "no" })
            Assert.Contains("just the patient's name", await chat.Say(answer));
        Assert.Contains("केवल मरीज़ का नाम", await chat.Say("haan"));
        Assert.Contains("How old is Asha Behera", await chat.Say("Asha Behera"));
        Assert.Contains("mobile", await chat.Say("seventy"));
    }

    [Theory]
    [InlineData("a token for my daughter Priya Mohanty, 7 years", "mobile")]
    [InlineData("मेरी बेटी प्रिया के लिए टोकन चाहिए, उम्र 7", "मोबाइल")]
    [InlineData("ମୋ ଝିଅ ପ୍ରିୟା ପାଇଁ ଟୋକେନ୍ ଦରକାର, ବୟସ ୭", "ମୋବାଇଲ୍")]
    public async Task ANameAfterARelation_AndTheAge_AreNotAskedAgain(string message, string asksPhone) =>
        Assert.Contains(asksPhone, await NewThread().Say(message));

    [Theory]
    [InlineData("my father has chest pain and cannot breathe", "Emergency")]
    [InlineData("सांप ने काट लिया, क्या करें", "आपातकालीन")]
    [InlineData("ମୋ ପୁଅର ମିର୍ଗି ହେଉଛି", "ଜରୁରୀକାଳୀନ")]
    public async Task DangerSigns_SendThePatientToEmergencyOr108_InTheirLanguage(string message, string emergency)
    {
        var reply = await NewThread().Say(message);
        Assert.Contains("108", reply);
        Assert.Contains(emergency, reply);
    }

    [Fact]
    public async Task ADangerSignInTheMiddleOfABooking_ComesFirst_AndBooksNothing()
    {
        var chat = NewThread();
        await chat.Say("book a token for my mother Sarala Jena, 62 years, phone 9876513100");
        var reply = await chat.Say("she just fainted and is unconscious");
        Assert.Contains("108", reply);
        await using var db = App.Db();
        Assert.False(await db.Tokens.AnyAsync(t => t.PatientPhone == "9876513100"));
    }

    [Fact]
    public async Task ADepartmentTheClinicLacks_IsSaid_AndTheClosestIsOffered_BookedOnlyAfterAYes()
    {
        var chat = NewThread();
        var offer = await chat.Say("I need an eye doctor, my vision is blurred");
        Assert.Contains("no eye (ophthalmology) department", offer);
        Assert.Contains("General Medicine", offer);
        Assert.Contains("name", await chat.Say("yes"));
        await chat.Say("Laxmi Nayak");
        await chat.Say("50");
        Assert.Contains("come to General Medicine", await chat.Say("9876513101"));
        await chat.Say("tomorrow");
        Assert.Contains("problem: I need an eye doctor, my vision is blurred", await chat.Say("10 am"));

        var hindi = NewThread();
        Assert.Contains("सामान्य चिकित्सा", await hindi.Say("कान में दर्द है, कान का डॉक्टर चाहिए"));
        Assert.Contains("कुछ बुक नहीं हुआ", await hindi.Say("नहीं"));
        Assert.Contains("ନାହିଁ", await NewThread().Say("ଆଖି ଲାଲ ହୋଇଛି, ଡାକ୍ତର ଦେଖାଇବି"));
        await using var db = App.Db();
        Assert.False(await db.Tokens.AnyAsync(t => t.PatientPhone == "9876513101"));
    }

    [Fact]
    public async Task CorrectionsAtTheSummary_ChangeThatFact_AndKeepTheRest()
    {
        var chat = NewThread();
        await chat.Say("book orthopedics for Kiran Das, age 40, phone 9876513102, tomorrow at 10");
        Assert.Contains("Tue 24 Nov at 10:00", await chat.Say("knee pain"));
        Assert.Contains("Wed 25 Nov at 10:00", await chat.Say("sorry, not Tuesday — Wednesday"));
        Assert.Contains("Wed 25 Nov at 11:30", await chat.Say("half past eleven, not ten"));
        var summary = await chat.Say("change the name to Rina Das");
        Assert.Contains("Rina Das, 40 years, mobile 9876513102, Orthopedics, Wed 25 Nov at 11:30, problem: knee pain", summary);
        Assert.StartsWith("Booked!", await chat.Say("yes"));
        await using var db = App.Db();
        var token = await db.Tokens.SingleAsync(t => t.PatientPhone == "9876513102");
        Assert.Equal(("Rina Das", new DateOnly(2026, 11, 25), new TimeOnly(11, 30)), (token.PatientName, token.BookingDate, token.BookingTime));

        var hindi = NewThread();
        await hindi.Say("मेरा नाम गीता साहू है, उम्र 33, मोबाइल 9876513103, कल 10 बजे दांत दिखाना है");
        Assert.Contains("24/11", await hindi.Say("दांत में दर्द"));
        Assert.Contains("25/11", await hindi.Say("मंगलवार नहीं, बुधवार"));
    }

    [Fact]
    public async Task OpeningHours_AreAnsweredForTheDayAsked()
    {
        var sunday = await NewThread().Say("is the OPD open on Sunday");
        Assert.Contains("Sun 29 Nov: OPD closed", sunday);
        Assert.Contains("Emergency is open 24 hours", sunday);
        Assert.Contains("Dental 09:00–17:00", await NewThread().Say("till when is dental open today"));
        Assert.Contains("रविवार 29/11", await NewThread().Say("क्या ओपीडी रविवार को खुला है"));
        Assert.Contains("ଓପିଡି 09:00–17:00", await NewThread().Say("ଆଜି ଓପିଡି କେତେବେଳ ଯାଏଁ ଖୋଲା"));
    }
}
