using System.Security.Claims;

namespace Linli.Web.Platform.Workbench;

/// <summary>One line of the portal's home for a resident: their next sign-up, a book due, their points.</summary>
public sealed record PortalNote(string Text, string Link, int Order);

/// <summary>A module's lines on the resident's portal home, from its own services; none for an account that is not a resident's.</summary>
public interface IPortalNoteSource
{
    Task<IReadOnlyList<PortalNote>> ForResidentAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
