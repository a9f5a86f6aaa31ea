using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.Tags;

public sealed record CommunityTagView(int Id, string Name, string? Description, int Residents);

/// <summary>A community's own tags: defined by its staff, counted, and removable while nobody carries them.</summary>
public sealed class CommunityTagsService(LinliDb db, ResidentPlacement placement, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<CommunityTagView>> ListAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var tags = await db.Set<CommunityTag>().AsNoTracking().Where(t => t.CommunityId == communityId).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var names = tags.Select(t => t.Name).ToList();
        var counts = await db.Set<ResidentTag>().Where(t => t.CommunityId == communityId && names.Contains(t.Key))
            .GroupBy(t => t.Key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. tags.Select(t => new CommunityTagView(t.Id, t.Name, t.Description, counts.GetValueOrDefault(t.Name)))];
    }

    public async Task<CommunityTag> DefineAsync(int communityId, string? name, string? description, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > CommunityTag.MaxNameLength || name.IndexOfAny(['、', ',', '，', ';', '；', ' ']) >= 0)
            throw new FieldValidationException("name", "Tag.NameInvalid", CommunityTag.MaxNameLength);
        if (CareTags.Resolve(name).Kind != CareTagKind.Custom) throw new FieldValidationException("name", "Tag.IsBuiltIn");
        if (description is { Length: > 200 }) throw new FieldValidationException("description", "Validation.MaxLength", 200);
        if (await db.Set<CommunityTag>().AnyAsync(t => t.CommunityId == communityId && t.Name == name, cancellationToken))
            throw new ConflictException("Tag.Duplicate");
        var tag = new CommunityTag(communityId, name, string.IsNullOrWhiteSpace(description) ? null : description.Trim(), clock.GetUtcNow().UtcDateTime);
        db.Set<CommunityTag>().Add(tag);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("tag.defined", "Community", communityId.ToString(), name, cancellationToken);
        return tag;
    }

    public async Task DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Set<CommunityTag>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (await db.Set<ResidentTag>().AnyAsync(t => t.CommunityId == tag.CommunityId && t.Key == tag.Name, cancellationToken))
            throw new ConflictException("Tag.InUse");
        db.Set<CommunityTag>().Remove(tag);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("tag.deleted", "Community", tag.CommunityId.ToString(), tag.Name, cancellationToken);
    }
}
