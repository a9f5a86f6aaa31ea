using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Workbench;

namespace Linli.Web.Modules.Assemblies;

/// <summary>An open assembly in which the resident is an owner and has not voted: first on the portal's home, with the closing time.</summary>
public sealed class AssembliesPortalNotes(OwnBallots own, TimeProvider clock, Texts texts) : IPortalNoteSource
{
    public async Task<IReadOnlyList<PortalNote>> ForResidentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Resident)) return [];
        var now = clock.GetUtcNow();
        return [.. (await own.MineIfAnyAsync(user.UserId(), cancellationToken))
            .Where(m => m.Status == AssemblyStatus.Open && m.Receipt is null && m.OpensAt <= now && now < m.ClosesAt)
            .Select(m => new PortalNote(texts.Format("Portal.AssemblyToVote", m.Title, m.ClosesAt.ToString("M月d日 HH:mm")), $"/portal/assemblies/{m.Id}", 5))];
    }
}
