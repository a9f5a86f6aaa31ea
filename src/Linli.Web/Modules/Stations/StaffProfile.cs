using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Stations;

/// <summary>
/// The national social-work qualification (社会工作者职业水平证书) a community worker holds, if any: 助理社会工作师,
/// 社会工作师 (the "中级社工师" of seed 001's ladder), 高级社会工作师.
/// </summary>
public enum Qualification
{
    None = 1,
    Assistant = 2,
    SocialWorker = 3,
    Senior = 4,
}

/// <summary>
/// A community worker's profile (社区工作者: "持证社工和未取得社工职业资格证书但在社区工作的从业者", seed 001): who they
/// are at the station, their qualification and certificate. Their training and supervision hours are never typed: they
/// are summed from the trainings attended and the supervision sessions recorded.
/// </summary>
public sealed class StaffProfile : ICommunityOwned
{
    public const int MaxName = 50, MaxCertificate = 40, MaxText = 200;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public Qualification Qualification { get; private set; }
    public string? CertificateNumber { get; private set; }
    public DateOnly? CertifiedOn { get; private set; }

    /// <summary>Who employs them: the community, a social organization, the station (free text: an outside supervisor's university).</summary>
    public string? Employer { get; private set; }

    /// <summary>Their part at the station (督导, 社工, 社区工作者, 骨干导师...), and what they are good at.</summary>
    public string? Role { get; private set; }
    public string? Skills { get; private set; }
    /// <summary>
    /// The console account the worker signs in with and the resident they are (an activist always is one): the cases
    /// they hold, the groups they mentor and the activities they helped at are read through these.
    /// </summary>
    public string? UserId { get; private set; }
    public int? ResidentId { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private StaffProfile() { }

    public StaffProfile(int communityId, string name, Qualification qualification, StaffDetails details, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        Name = name;
        Qualification = qualification;
        (CertificateNumber, CertifiedOn, Employer, Role, Skills) = (details.CertificateNumber, details.CertifiedOn, details.Employer, details.Role, details.Skills);
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void LinkTo(string? userId, int? residentId) => (UserId, ResidentId) = (userId, residentId);
}

/// <summary>A profile's optional facts, already checked.</summary>
public sealed record StaffDetails(string? CertificateNumber, DateOnly? CertifiedOn, string? Employer, string? Role, string? Skills);
