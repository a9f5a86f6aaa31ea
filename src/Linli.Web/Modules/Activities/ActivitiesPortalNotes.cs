using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Workbench;

namespace Linli.Web.Modules.Activities;

/// <summary>The resident's next activities they are signed up or waiting for; none for an account without a register entry.</summary>
public sealed class ActivitiesPortalNotes(ActivitiesService activities, Residents.SelfService.SelfServiceService self, Texts texts) : IPortalNoteSource
{
    public async Task<IReadOnlyList<PortalNote>> ForResidentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await self.FindOwnResidentAsync(user.UserId(), cancellationToken) is null) return [];
        var mine = (await activities.ForResidentAsync(user.UserId(), cancellationToken))
            .Where(a => a.MyStatus is not null)
            .OrderBy(a => a.Activity.StartsAt).Take(3);
        return [.. mine.Select(a => new PortalNote(texts.Format(a.MyStatus == RegistrationStatus.Confirmed ? "Portal.NextSignUp" : "Portal.NextWaiting",
            a.Activity.Title, a.Activity.StartsAt.ToString("M月d日 HH:mm")), $"/portal/activities/{a.Activity.Id}", 10))];
    }
}
