using Opd.Core.Chat;

namespace Opd.Tests.Chat;

/// <summary>Names after a relation, words that are never names, and facts given inline without their labels. "Today" is Monday 2026-11-23.</summary>
public sealed class NamesAndFactsTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Theory]
    [InlineData("a token for my daughter Priya Mohanty, 7 years", "Priya Mohanty", 7)]
    [InlineData("book for my son Rahul, he is 9", "Rahul", 9)]
    [InlineData("my father Gopal Sahu needs to see the doctor, 68 years old", "Gopal Sahu", 68)]
    [InlineData("my wife named Lata, age 31", "Lata", 31)]
    [InlineData("meri beti Anjali ke liye token chahiye, 6 saal", "Anjali", 6)]
    [InlineData("मेरी बेटी प्रिया के लिए टोकन चाहिए, उम्र 7", "प्रिया", 7)]
    [InlineData("मेरे पिता रामलाल को दिखाना है, 70 साल", "रामलाल", 70)]
    [InlineData("mo pua Sonu pain token darkar, 5 barsa", "Sonu", 5)]
    [InlineData("ମୋ ଝିଅ ପ୍ରିୟା ପାଇଁ ଟୋକେନ୍ ଦରକାର, ବୟସ ୭", "ପ୍ରିୟା", 7)]
    [InlineData("ମୋ ବାପା ହରି ନାୟକ, ୬୫ ବର୍ଷ", "ହରି ନାୟକ", 65)]
    [InlineData("मेरी दादीजी शांति के लिए टोकन, उम्र 75", "शांति", 75)]
    [InlineData("mere papa ji Ramesh ke liye, 66 saal", "Ramesh", 66)]
    [InlineData("ମୋ ବାପାଙ୍କ ନାମ ହରି, ବୟସ ୭୦", "ହରି", 70)]
    public void NameAfterARelation_IsThePatientsName(string text, string name, int age)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.Equal((name, age), (p.Name, p.Age));
    }

    [Theory]
    [InlineData("my daughter has fever")]
    [InlineData("my son coughing since two days")]
    [InlineData("मेरा बेटा बीमार है")]
    [InlineData("meri beti ko bukhar hai")]
    [InlineData("ମୋ ପୁଅର ଜ୍ୱର")]
    [InlineData("mo jhia ku jwara")]
    public void RelationWithoutAName_GivesNoName(string text) => Assert.Null(Understanding.Parse(text, Monday).Name);

    [Theory]
    [InlineData("yes")]
    [InlineData("ok")]
    [InlineData("hello")]
    [InlineData("no")]
    [InlineData("haan")]
    [InlineData("theek hai")]
    [InlineData("नमस्ते")]
    [InlineData("हाँ")]
    [InlineData("ହଁ")]
    [InlineData("ନମସ୍କାର")]
    [InlineData("thik achhi")]
    [InlineData("tomorrow")]
    [InlineData("मेरा")]
    [InlineData("ମୋ")]
    public void AnswersAndGreetings_AreNeverNames(string text)
    {
        Assert.False(Understanding.CouldBeName(text));
        Assert.Null(Understanding.Parse($"my name is {text}", Monday).Name);
        Assert.Null(Understanding.Parse($"for my daughter {text}", Monday).Name);
    }

    [Theory]
    [InlineData("Kali Charan Das", true)]
    [InlineData("K. Ramesh", true)]
    [InlineData("Asha", true)]
    [InlineData("ସୁନୀତା ନାୟକ", true)]
    [InlineData("yes", false)]
    [InlineData("ok ji", false)]
    [InlineData("हाँ जी", false)]
    [InlineData("ହଁ", false)]
    [InlineData("tomorrow", false)]
    [InlineData("hello there", false)]
    public void AReplyToWhatIsTheName_IsANameUnlessItAnswersOrGreets(string reply, bool isName) =>
        Assert.Equal(isName, Understanding.IsNameReply(reply));

    [Theory]
    [InlineData("Sabita 38 yrs 9437012345", "Sabita", 38, "9437012345")]
    [InlineData("Ramesh Nayak, 45, 98765 43210", "Ramesh Nayak", 45, "9876543210")]
    [InlineData("Meena Das 52 years 9861234567", "Meena Das", 52, "9861234567")]
    [InlineData("सविता 38 साल 9437012345", "सविता", 38, "9437012345")]
    [InlineData("ସବିତା ୩୮ ବର୍ଷ ୯୪୩୭୦୧୨୩୪୫", "ସବିତା", 38, "9437012345")]
    [InlineData("Sunita 40 saal 9437012346", "Sunita", 40, "9437012346")]
    [InlineData("book for Asha Behera 32 9876543210", "Asha Behera", 32, "9876543210")]
    [InlineData("मेरा नाम गीता 30 9876543211", "गीता", 30, "9876543211")]
    [InlineData("ମୋ ନାମ ଗୀତା ୩୦ ୯୮୭୬୫୪୩୨୧୨", "ଗୀତା", 30, "9876543212")]
    public void FactsInALine_WithoutLabels(string text, string name, int age, string phone)
    {
        var p = Understanding.Parse(text, Monday);
        Assert.Equal((name, age, phone), (p.Name, p.Age, p.Phone));
    }

    [Theory]
    [InlineData("he's seventy", 70)]
    [InlineData("she is sixty-five", 65)]
    [InlineData("my father, sixty years", 60)]
    [InlineData("my mother, 58", 58)]
    [InlineData("my mom is 60", 60)]
    [InlineData("twenty two years old", 22)]
    [InlineData("उम्र सत्तर", 70)]
    [InlineData("पचास साल", 50)]
    [InlineData("umar chalis", 40)]
    [InlineData("ବୟସ ଷାଠିଏ", 60)]
    [InlineData("ସତୁରି ବର୍ଷ", 70)]
    [InlineData("saturi barsa", 70)]
    [InlineData("उम्र ६५", 65)]
    public void AgesInWordsAndIndicDigits(string text, int age) => Assert.Equal(age, Understanding.Parse(text, Monday).Age);

    [Theory]
    [InlineData("seventy", 70)]
    [InlineData("७०", 70)]
    [InlineData("सत्तर", 70)]
    [InlineData("୪୫", 45)]
    [InlineData("ପଚାଶ", 50)]
    public void ABareAnswer_InWordsOrIndicDigits_IsANumber(string text, int value) => Assert.Equal(value, Understanding.NumberOnly(text));
}
