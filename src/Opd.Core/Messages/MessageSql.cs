namespace Opd.Core.Messages;

/// <summary>
/// The outbox row about a token, written by the statement or transaction that changes the token,
/// so a committed change always has its message and a rolled-back one never has.
/// </summary>
internal static class MessageSql
{
    public const string Queued = $"'{nameof(MessageStatus.Queued)}'";
    public const string Sending = $"'{nameof(MessageStatus.Sending)}'";

    /// <summary>
    /// Inserts the message of @message_kind about the token that the booking statement's CTE "token"
    /// returns (with <see cref="TokenColumns"/>), when it has a phone. The text is the template of the
    /// message language, else English, with {token} and {link} filled in here: this is the one place
    /// where a token's values enter a template. The deadline is the appointment, but no sooner than
    /// @message_deadline (now plus <see cref="MessageKinds.ShortestLife"/>).
    /// </summary>
    public const string InsertAboutToken = $"""
        INSERT INTO messages (id, kind, language, to_phone, text, template_id, entity_id, sender, token_id, status, attempts,
                              next_attempt_at, deadline, created_at, updated_at, channel, variables)
        SELECT @message_id, tpl.kind, tpl.language, t.patient_phone,
               replace(replace(tpl.text, '{"{token}"}', v.token), '{"{link}"}', v.link),
               tpl.dlt_template_id, tpl.entity_id, tpl.sender, t.id, {Queued}, 0, @now,
               GREATEST((t.booking_date + t.booking_time) AT TIME ZONE @message_zone, @message_deadline), @now, @now,
               @message_channel, jsonb_build_object('token', v.token, 'link', v.link)
          FROM token t
          JOIN departments d ON d.code = t.department_code
         CROSS JOIN LATERAL (
               SELECT * FROM message_templates m
                WHERE m.kind = @message_kind AND m.language IN (@message_language, 'en')
                ORDER BY m.language = @message_language DESC
                LIMIT 1) tpl
         CROSS JOIN LATERAL (
               SELECT t.token_number || ', ' || COALESCE(t.doctor_name, CASE tpl.language WHEN 'or' THEN d.name_odia
                          WHEN 'hi' THEN d.name_hindi ELSE d.name END) || ', ' || to_char(t.booking_date, 'DD-MM-YYYY') || ' ' || to_char(t.booking_time, 'HH24:MI') AS token,
                      @message_link || t.id AS link) v
         WHERE t.patient_phone <> ''
        """;

    /// <summary>The same about the stored token @message_token, for a change made through EF in a transaction.</summary>
    public const string InsertAboutStoredToken = $"WITH token AS (SELECT * FROM tokens WHERE id = @message_token) {InsertAboutToken}";

    /// <summary>
    /// A copy of the WhatsApp message @id to go by SMS (its text is already the SMS template's), when
    /// it is still worth sending; a reply to a WhatsApp message stays on WhatsApp.
    /// </summary>
    public const string FallBackToSms = $"""
        INSERT INTO messages (id, kind, language, to_phone, text, template_id, entity_id, sender, token_id, status, attempts,
                              next_attempt_at, deadline, created_at, updated_at, channel, variables)
        SELECT gen_random_uuid(), kind, language, to_phone, text, template_id, entity_id, sender, token_id, {Queued}, 0,
               @now, deadline, @now, @now, '{OptOuts.Sms}', variables
          FROM messages
         WHERE id = @id AND channel = '{OptOuts.WhatsApp}' AND kind <> '{MessageKinds.AssistantReply}' AND deadline > @now
        """;

    /// <summary>The columns a booking's token CTE returns for <see cref="InsertAbout"/>.</summary>
    public const string TokenColumns = "id, token_number, department_code, doctor_name, patient_phone, booking_date, booking_time";

    /// <summary>
    /// Inserts the one-time code's message for the phone that the statement's CTE "code" returns:
    /// the template of @message_language, else English, with {code} filled in from @code. Its
    /// deadline is the code's expiry (@message_deadline): a late code is worth nothing.
    /// </summary>
    public const string InsertCode = $$"""
        INSERT INTO messages (id, kind, language, to_phone, text, template_id, entity_id, sender, token_id, status, attempts,
                              next_attempt_at, deadline, created_at, updated_at, channel, variables)
        SELECT @message_id, tpl.kind, tpl.language, code.phone, replace(tpl.text, '{code}', @code),
               tpl.dlt_template_id, tpl.entity_id, tpl.sender, NULL, {{Queued}}, 0, @now, @message_deadline, @now, @now,
               @message_channel, jsonb_build_object('code', @code)
          FROM code
         CROSS JOIN LATERAL (
               SELECT * FROM message_templates m
                WHERE m.kind = @message_kind AND m.language IN (@message_language, 'en')
                ORDER BY m.language = @message_language DESC
                LIMIT 1) tpl
        """;
}
