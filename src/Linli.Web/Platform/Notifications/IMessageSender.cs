using Linli.Web.Platform.Privacy;

namespace Linli.Web.Platform.Notifications;

/// <summary>A text to a phone number, already rendered in Chinese.</summary>
public sealed record OutgoingMessage(string Phone, string Text);

/// <summary>
/// Sends a text message (SMS or WeChat template message). Deployments plug in their gateway; the default
/// only writes the message to the log, so nothing leaves the machine until someone configures a gateway.
/// </summary>
public interface IMessageSender
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

public sealed class LoggingMessageSender(ILogger<LoggingMessageSender> logger) : IMessageSender
{
    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        // The number is masked even here: logs are not a place for personal information.
        logger.LogInformation("Message to {Phone}: {Text}", Mask.Phone(message.Phone), message.Text);
        return Task.CompletedTask;
    }
}
