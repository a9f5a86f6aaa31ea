using System.Security.Claims;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Workbench;

namespace Linli.Web.Modules.Deliberation;

/// <summary>A meeting of the resident's community that collects questions: a line on the portal's home inviting theirs.</summary>
public sealed class DeliberationPortalNotes(MeetingsService meetings, SelfServiceService self, Texts texts) : IPortalNoteSource
{
    public async Task<IReadOnlyList<PortalNote>> ForResidentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Resident) || await self.FindOwnResidentAsync(user.UserId(), cancellationToken) is not { } me) return [];
        return [.. (await meetings.CollectingAsync(me.CommunityId, cancellationToken))
            .Select(m => new PortalNote(texts.Format("Portal.MeetingAsks", m.Title, ChinaTime.Format(m.StartsAt, "M月d日 HH:mm")), $"/portal/meetings/{m.Id}", 20))];
    }
}
