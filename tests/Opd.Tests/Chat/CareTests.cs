using Opd.Core.Chat;

namespace Opd.Tests.Chat;

/// <summary>What the patient names beats what is guessed, departments the clinic lacks, and danger signs. "Today" is Monday 2026-11-23.</summary>
public sealed class CareTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Theory]
    [InlineData("my child has toothache", "dental")]
    [InlineData("book dentist for my 8 year old son", "dental")]
    [InlineData("my daughter has a skin rash", "dermatology")]
    [InlineData("my son hurt his knee, bone doctor please", "orthopedics")]
    [InlineData("mere bete ke daant me dard hai", "dental")]
    [InlineData("मेरी बेटी के दांत में दर्द है", "dental")]
    [InlineData("बच्चे को खुजली है", "dermatology")]
    [InlineData("ମୋ ପୁଅର ଦାନ୍ତ ବିନ୍ଧା", "dental")]
    [InlineData("pila ra danta bindha", "dental")]
    [InlineData("ମୋ ଝିଅର ଚର୍ମରେ କୁଣ୍ଡିଆ", "dermatology")]
    [InlineData("my child has fever", "pediatrics")]
    [InlineData("ପିଲାର ଜ୍ୱର", "pediatrics")]
    [InlineData("my son has fever, cough and cold", "pediatrics")]
    [InlineData("बेटी को बुखार और खांसी है", "pediatrics")]
    [InlineData("ମୋ ପୁଅକୁ ଜ୍ୱର ଓ କାଶ", "pediatrics")]
    public void TheNamedDepartment_WinsOverTheGuess(string text, string department) =>
        Assert.Equal(department, Understanding.Parse(text, Monday).Department);

    [Theory]
    [InlineData("do you have an ENT doctor", "ent")]
    [InlineData("ear pain since a week, book please", "ent")]
    [InlineData("eye checkup for my mother", "eye")]
    [InlineData("kidney stone pain", "kidney")]
    [InlineData("kaan me dard hai", "ent")]
    [InlineData("आँख में जलन, डॉक्टर को दिखाना है", "eye")]
    [InlineData("किडनी का डॉक्टर है?", "kidney")]
    [InlineData("akhi pain token darkar", "eye")]
    [InlineData("ଆଖି ଲାଲ ହୋଇଛି", "eye")]
    [InlineData("କାନ ବିନ୍ଧୁଛି", "ent")]
    public void DepartmentsTheClinicLacks_AreNamed(string text, string missing)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.Equal(missing, p.Missing);
        Assert.NotEqual(Intent.None, p.Intent);
    }

    [Theory]
    [InlineData("my father has chest pain and cannot breathe properly")]
    [InlineData("heavy bleeding after delivery")]
    [InlineData("my husband is unconscious")]
    [InlineData("snake bite on his leg")]
    [InlineData("my son is having fits")]
    [InlineData("she had a seizure just now")]
    [InlineData("use seene mein dard aur saans nahi aa rahi")]
    [InlineData("सांप ने काट लिया")]
    [InlineData("बच्चा बेहोश हो गया")]
    [InlineData("बहुत खून बह रहा है")]
    [InlineData("ସାପ କାମୁଡ଼ିଦେଲା")]
    [InlineData("ବାପାଙ୍କ ଚେତା ନାହିଁ")]
    [InlineData("pila ku mirgi heuchi")]
    [InlineData("snak bite near the field")]
    [InlineData("he collapsed suddenly at home")]
    [InlineData("papa ko hosh nahi hai")]
    [InlineData("बच्चे को झटके आ रहे हैं")]
    [InlineData("ମୋ ଝିଅକୁ ଝଟକା ଆସୁଛି")]
    [InlineData("my mother is unconcious")]
    [InlineData("ଛାତି ବିନ୍ଧା ଓ ଶ୍ୱାସ ନେଇ ପାରୁନି")]
    public void DangerSigns_AreEmergencies_NotBookings(string text)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.True(p.Danger, text);
        Assert.Equal(Intent.Emergency, p.Intent);
    }

    [Theory]
    [InlineData("I have chest pain since yesterday")]
    [InlineData("gum bleeding, dentist please")]
    [InlineData("my baby is not eating well")]
    [InlineData("food poisoning and vomiting since morning")]
    [InlineData("सीने में दर्द है, कार्डियोलॉजी बुक करो")]
    public void CommonComplaints_AreNotDangerSigns(string text) => Assert.False(Understanding.Parse(text, Monday).Danger);

    [Theory]
    [InlineData("Rashmi 33 barsa 9937012345")]
    [InlineData("Dilip 40 yrs 9437012347")]
    [InlineData("Hari Behera 50 years")]
    [InlineData("दिलीप 40 साल 9437012347")]
    public void ThePatientsName_IsNotReadAsAComplaint(string text)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.NotNull(p.Name);
        Assert.Null(p.Department);
    }

    [Theory]
    [InlineData("is there an ENT doctor here", "ent")]
    [InlineData("aankh ka doctor hai kya", "eye")]
    [InlineData("क्या यहाँ किडनी का इलाज होता है", "kidney")]
    [InlineData("ଆଖି ଡାକ୍ତର ଅଛନ୍ତି କି", "eye")]
    public void AskingWhetherALackingDepartmentExists_IsADepartmentsQuestion(string text, string missing)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.Equal((Intent.Departments, missing), (p.Intent, p.Missing));
    }
}
