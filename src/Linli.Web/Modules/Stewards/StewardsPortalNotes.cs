using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Workbench;

namespace Linli.Web.Modules.Stewards;

/// <summary>A steward's note: each consultation open at their doors with how many doors have not answered yet.</summary>
public sealed class StewardsPortalNotes(StewardDesk desk, Texts texts) : IPortalNoteSource
{
    public async Task<IReadOnlyList<PortalNote>> ForResidentAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        [.. (await desk.ReadAsync(user.UserId(), cancellationToken)).Places.SelectMany(p => p.Consultations)
            .Select(c => (c.Title, Waiting: c.Doors.Count(d => !d.Answered))).Where(c => c.Waiting > 0).DistinctBy(c => c.Title).Take(3)
            .Select(c => new PortalNote(texts.Format("Portal.StewardDoors", c.Title, c.Waiting), "/portal/steward", 20))];
}
