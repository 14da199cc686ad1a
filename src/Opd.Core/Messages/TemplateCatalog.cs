namespace Opd.Core.Messages;

/// <summary>
/// The texts a new installation starts with, in English, Odia and Hindi. The clinic registers
/// them (or its own wording) on the DLT platform and enters the template ids, entity id and header.
/// </summary>
public static class TemplateCatalog
{
    public static IReadOnlyList<MessageTemplate> Defaults(DateTimeOffset now) =>
    [
        Create(MessageKinds.BookingConfirmation, "en", "Your OPD token: {token}. See your turn live: {link}", now),
        Create(MessageKinds.BookingConfirmation, "or", "ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍: {token}। ଆପଣଙ୍କ ପାଳି ଦେଖନ୍ତୁ: {link}", now),
        Create(MessageKinds.BookingConfirmation, "hi", "आपका ओपीडी टोकन: {token}। अपनी बारी देखें: {link}", now),
        Create(MessageKinds.CancelledByStaff, "en", "Your OPD token {token} was cancelled by the hospital. Details: {link}", now),
        Create(MessageKinds.CancelledByStaff, "or", "ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍ {token} ଡାକ୍ତରଖାନା ଦ୍ୱାରା ବାତିଲ କରାଯାଇଛି। ବିବରଣୀ: {link}", now),
        Create(MessageKinds.CancelledByStaff, "hi", "आपका ओपीडी टोकन {token} अस्पताल द्वारा रद्द कर दिया गया है। विवरण: {link}", now),
        Create(MessageKinds.OneTimeCode, "en", "{code} is your OPD code. It is valid for 10 minutes. Do not share it with anyone.", now),
        Create(MessageKinds.OneTimeCode, "or", "{code} ଆପଣଙ୍କ ଓପିଡି କୋଡ୍। ଏହା 10 ମିନିଟ୍ ପାଇଁ ବୈଧ। ଏହାକୁ କାହାକୁ ଦିଅନ୍ତୁ ନାହିଁ।", now),
        Create(MessageKinds.OneTimeCode, "hi", "{code} आपका ओपीडी कोड है। यह 10 मिनट तक मान्य है। इसे किसी के साथ साझा न करें।", now),
        Create(MessageKinds.AssistantReply, "en", "OPD: {reply}", now),
        Create(MessageKinds.AssistantReply, "or", "ଓପିଡି: {reply}", now),
        Create(MessageKinds.AssistantReply, "hi", "ओपीडी: {reply}", now),
    ];

    private static MessageTemplate Create(string kind, string language, string text, DateTimeOffset now) => new()
    {
        Kind = kind,
        Language = language,
        Text = text,
        Variables = [.. TemplateRules.Placeholders(text)],
        UpdatedAt = now,
    };
}
