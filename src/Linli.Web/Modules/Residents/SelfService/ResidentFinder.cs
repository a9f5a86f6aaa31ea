using Linli.Web.Platform.Api;

namespace Linli.Web.Modules.Residents.SelfService;

/// <summary>
/// Who is at the desk: the code scanned from their portal card, or a name (or phone tail) that finds exactly one
/// resident of the community. The reading room's desk and the points desk both ask this.
/// </summary>
public sealed class ResidentFinder(ResidentsService residents, ResidentCard cards)
{
    public async Task<int> IdentifyAsync(int communityId, string? text, string field, CancellationToken cancellationToken)
    {
        if (cards.Read(text) is { } byCard) return byCard;
        if (string.IsNullOrWhiteSpace(text)) throw new FieldValidationException(field, "Validation.Required");
        var found = await residents.SearchAsync(new ResidentQuery(communityId, Q: text, Limit: 2), false, cancellationToken);
        return found.Items.Count == 1 ? found.Items[0].Id : throw new FieldValidationException(field, found.Items.Count == 0 ? "Residents.NotFoundHere" : "Residents.Ambiguous");
    }
}
