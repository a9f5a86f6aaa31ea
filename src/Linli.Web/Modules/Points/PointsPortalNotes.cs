using System.Security.Claims;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Workbench;

namespace Linli.Web.Modules.Points;

/// <summary>The resident's points balance.</summary>
public sealed class PointsPortalNotes(PointsService points, SelfServiceService self, Texts texts) : IPortalNoteSource
{
    public async Task<IReadOnlyList<PortalNote>> ForResidentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await self.FindOwnResidentAsync(user.UserId(), cancellationToken) is not { } me) return [];
        var balance = (await points.AccountAsync(me.Id, user, cancellationToken)).Balance;
        return [new PortalNote(texts.Format("Portal.PointsBalance", balance), "/portal/points", 30)];
    }
}
