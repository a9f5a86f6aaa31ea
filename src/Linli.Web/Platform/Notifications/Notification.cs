namespace Linli.Web.Platform.Notifications;

public enum NotificationChannel
{
    /// <summary>Shown in the portal under 消息.</summary>
    App = 1,
    /// <summary>Sent as a text message (SMS or WeChat) to someone without a portal account.</summary>
    Message = 2,
}

/// <summary>
/// One notice to one person. The text is kept as a text key with its arguments and rendered in the reader's
/// language when shown; a message sent out is rendered in Chinese at sending and recorded here too, so staff
/// can see what went out and to whom (masked).
/// </summary>
public sealed class Notification
{
    /// <summary>Arguments are kept as a JSON array, readable in the database (Chinese as itself, not escaped).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions ArgumentsJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public long Id { get; private set; }
    public string? UserId { get; private set; }
    public NotificationChannel Channel { get; private set; }
    public string TextKey { get; private set; } = "";
    public string Arguments { get; private set; } = "";
    public string? Link { get; private set; }
    /// <summary>For a message: the masked number it went to.</summary>
    public string? SentTo { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    private Notification() { }

    public Notification(string? userId, NotificationChannel channel, string textKey, IReadOnlyList<string> arguments, string? link, string? sentTo, DateTime now)
    {
        UserId = userId;
        Channel = channel;
        TextKey = textKey;
        Arguments = System.Text.Json.JsonSerializer.Serialize(arguments, ArgumentsJson);
        Link = link;
        SentTo = sentTo;
        CreatedAt = now;
    }

    public string[] ArgumentList => Arguments.Length == 0 ? [] : System.Text.Json.JsonSerializer.Deserialize<string[]>(Arguments, ArgumentsJson) ?? [];
}
