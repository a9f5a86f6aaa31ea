using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// A numbered certificate of service (Order 67 Arts. 15–17): the hours, the content and the recording unit as they
/// stood when it was issued, checkable by anyone through its number and QR code. Sealed only when asked for.
/// </summary>
public sealed class Certificate : ICommunityOwned
{
    public const int MaxIssuer = 100;

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public int VolunteerId { get; private set; }
    public int CommunityId { get; private set; }
    public decimal Hours { get; private set; }
    public int Services { get; private set; }
    public string Content { get; private set; } = "";
    public string RecordingUnit { get; private set; } = "";
    /// <summary>The second issuer of a jointly issued certificate: the organization that carried out the service ("执行机构"), beside the community.</summary>
    public string? CoIssuer { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public bool Sealed { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public DateTime IssuedAt { get; private set; }

    private Certificate() { }

    public Certificate(Volunteer volunteer, decimal hours, int services, string content, string recordingUnit, DateOnly? from, DateOnly? to, bool sealedOnRequest,
        string issuedBy, DateTime now, string? coIssuer = null)
    {
        Number = NewNumber(now);
        VolunteerId = volunteer.Id;
        CommunityId = volunteer.CommunityId;
        Hours = hours;
        Services = services;
        Content = content;
        RecordingUnit = recordingUnit;
        CoIssuer = coIssuer;
        From = from;
        To = to;
        Sealed = sealedOnRequest;
        IssuedBy = issuedBy;
        IssuedAt = now;
    }

    /// <summary>"ZS" + year + 10 random characters from an alphabet without look-alikes: unguessable, easy to type.</summary>
    private static string NewNumber(DateTime now)
    {
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var random = System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(alphabet, 10);
        return $"ZS{Platform.Localization.ChinaTime.FromUtc(now):yyyy}{new string(random)}";
    }
}
