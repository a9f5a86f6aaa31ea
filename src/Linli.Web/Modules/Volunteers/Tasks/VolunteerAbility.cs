using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Volunteers.Tasks;

/// <summary>
/// What a volunteer should not be asked to do, and a note on what suits them (性格特征, what they like doing), agreed with
/// the volunteer and kept by the social worker. Optional, one per volunteer. It says something about a disability, so
/// both parts are encrypted at rest, shown only to those who may see sensitive care tags, and every read is recorded.
/// </summary>
public sealed class VolunteerAbility : ICommunityOwned
{
    public const int MaxNote = 300;

    public int Id { get; private set; }
    public int VolunteerId { get; private set; }
    public int CommunityId { get; private set; }
    /// <summary>The <see cref="BodyDemand"/> names the volunteer should not be given, joined by ","; encrypted, so no query reads it.</summary>
    [Sensitive] public string Limits { get; private set; } = "";
    [Sensitive] public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private VolunteerAbility() { }

    public VolunteerAbility(Volunteer volunteer)
    {
        VolunteerId = volunteer.Id;
        CommunityId = volunteer.CommunityId;
    }

    public BodyDemand LimitsFlags => BodyDemands.Join(Limits.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<BodyDemand>));

    public void Record(BodyDemand limits, string? note, string by, DateTime now)
    {
        Limits = string.Join(',', BodyDemands.Split(limits));
        Note = note;
        RecordedBy = by;
        RecordedAt = now;
    }
}
