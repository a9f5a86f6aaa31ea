using System.Security.Claims;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Workbench;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>Books out to the resident and their wards, and when the first is due back.</summary>
public sealed class ReadingRoomPortalNotes(CirculationService circulation, SelfServiceService self, Texts texts) : IPortalNoteSource
{
    public async Task<IReadOnlyList<PortalNote>> ForResidentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await self.FindOwnResidentAsync(user.UserId(), cancellationToken) is not { } me) return [];
        var (loans, _) = await circulation.MineAsync(await self.PeopleAsync(me, cancellationToken), cancellationToken);
        if (loans.Count == 0) return [];
        var first = loans.MinBy(l => l.DueOn)!;
        return [new PortalNote(texts.Format(first.DaysOverdue > 0 ? "Portal.LoansOverdue" : "Portal.LoansDue", loans.Count, first.DueOn.ToString("M月d日")),
            "/portal/library", 20)];
    }
}
