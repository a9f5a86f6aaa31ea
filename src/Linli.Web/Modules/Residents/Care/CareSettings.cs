using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.Care;

/// <summary>A community's own care rules.</summary>
public sealed class CareSettings : ICommunityOwned
{
    public const int DefaultLivingAloneAlertDays = 3;

    public int CommunityId { get; private set; }

    /// <summary>An elder living alone with no contact for this many days shows on the overdue list.</summary>
    public int LivingAloneAlertDays { get; private set; } = DefaultLivingAloneAlertDays;

    private CareSettings() { }

    public CareSettings(int communityId, int livingAloneAlertDays)
    {
        CommunityId = communityId;
        LivingAloneAlertDays = livingAloneAlertDays;
    }

    public void Change(int livingAloneAlertDays) => LivingAloneAlertDays = livingAloneAlertDays;
}
