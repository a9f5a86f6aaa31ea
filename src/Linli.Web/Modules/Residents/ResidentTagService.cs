using System.Text.Json;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

public sealed record DisabilityInput(DisabilityKind Kind, int Grade);

/// <summary>What is stored, sealed, for a sensitive tag.</summary>
public sealed record CareFlagDetail(string Tag, DisabilityKind? Kind = null, int? Grade = null);

/// <summary>Checks, stores and reads care tags: derived ones are computed, sensitive ones sealed.</summary>
public sealed class ResidentTagService(LinliDb db, FieldEncryptor encryptor)
{
    /// <summary>Resolves the typed tags; derived tags are accepted only when the register agrees with them.</summary>
    public static IReadOnlyList<CareTag> Check(IEnumerable<string> tags, DateOnly birthDate, DateOnly today, DisabilityInput? disability, Dictionary<string, FieldError> errors)
    {
        var resolved = tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(CareTags.Resolve).DistinctBy(t => t.Key).ToList();
        var age = Ages.On(birthDate, today);
        foreach (var tag in resolved)
        {
            if (tag.Kind == CareTagKind.Custom && tag.Key.Length > 30) errors["tags"] = new("Resident.TagTooLong");
            if ((tag == CareTags.Elderly80Plus && age < CareTags.ElderlyAge) || (tag == CareTags.Child && age >= CareTags.ChildAge))
                errors["tags"] = new("Resident.TagContradictsAge", tag.Key);
        }
        if (disability is not null && (disability.Grade is < 1 or > 4 || !Enum.IsDefined(disability.Kind)))
            errors["disability"] = new("Resident.DisabilityInvalid");
        return resolved;
    }

    /// <summary>A custom tag must be one the community has defined (see Tags/CommunityTag).</summary>
    public static void CheckDefined(IEnumerable<CareTag> tags, IReadOnlySet<string> defined, Dictionary<string, FieldError> errors)
    {
        var undefined = tags.Where(t => t.Kind == CareTagKind.Custom && !defined.Contains(t.Key)).Select(t => t.Key).ToList();
        if (undefined.Count > 0 && !errors.ContainsKey("tags")) errors["tags"] = new("Resident.TagNotDefined", string.Join("、", undefined));
    }

    /// <summary>The custom tags a community has defined.</summary>
    public async Task<IReadOnlySet<string>> DefinedAsync(int communityId, CancellationToken cancellationToken) =>
        (await db.Set<Tags.CommunityTag>().Where(t => t.CommunityId == communityId).Select(t => t.Name).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Stores recorded and sensitive tags for a saved resident (derived ones are never stored).</summary>
    public void Add(Resident resident, IReadOnlyList<CareTag> tags, DisabilityInput? disability)
    {
        var (recorded, sensitive) = Build(resident, tags, disability);
        db.Set<ResidentTag>().AddRange(recorded);
        db.Set<CareFlag>().AddRange(sensitive);
    }

    /// <summary>The rows that store a saved resident's recorded and sensitive tags.</summary>
    public (IReadOnlyList<ResidentTag> Recorded, IReadOnlyList<CareFlag> Sensitive) Build(Resident resident, IReadOnlyList<CareTag> tags, DisabilityInput? disability)
    {
        var recorded = tags.Where(t => t.Kind is CareTagKind.Recorded or CareTagKind.Custom).Select(t => new ResidentTag(resident, t.Key)).ToList();
        var sensitive = tags.Where(t => t.Kind == CareTagKind.Sensitive).Select(t =>
        {
            var detail = t == CareTags.Disability && disability is not null
                ? new CareFlagDetail(t.Key, disability.Kind, disability.Grade)
                : new CareFlagDetail(t.Key);
            return new CareFlag(resident, Lookup(t), JsonSerializer.Serialize(detail));
        }).ToList();
        return (recorded, sensitive);
    }

    /// <summary>
    /// Replaces a resident's stored tags. Sensitive ones are replaced only by a caller who may see them;
    /// anyone else can add one (a worker learns of a disability) but never sees or removes the others.
    /// </summary>
    public async Task ReplaceAsync(Resident resident, IReadOnlyList<CareTag> tags, DisabilityInput? disability, bool maySeeSensitive, CancellationToken cancellationToken)
    {
        var (recorded, sensitive) = Build(resident, tags, disability);
        // Tags are keyed by (resident, key): keep the ones that stay, so no key is removed and added at once.
        var stored = await db.Set<ResidentTag>().Where(t => t.ResidentId == resident.Id).ToListAsync(cancellationToken);
        db.Set<ResidentTag>().RemoveRange(stored.Where(t => recorded.All(r => r.Key != t.Key)));
        db.Set<ResidentTag>().AddRange(recorded.Where(r => stored.All(t => t.Key != r.Key)));

        var flags = await db.Set<CareFlag>().Where(f => f.ResidentId == resident.Id).ToListAsync(cancellationToken);
        if (maySeeSensitive)
        {
            db.Set<CareFlag>().RemoveRange(flags.Where(f => sensitive.All(s => s.KeyLookup != f.KeyLookup)));
            // A disability's kind and grade change only when given; a plain tag list keeps them.
            if (disability is not null)
                foreach (var flag in flags) flag.Replace(sensitive.FirstOrDefault(s => s.KeyLookup == flag.KeyLookup)?.Detail ?? flag.Detail);
        }
        db.Set<CareFlag>().AddRange(sensitive.Where(s => flags.All(f => f.KeyLookup != s.KeyLookup)));
    }

    public string Lookup(CareTag tag) => encryptor.Lookup(CareTags.LookupText(tag));

    /// <summary>Recorded tags of many residents, in two queries.</summary>
    public async Task<ILookup<int, string>> RecordedAsync(IReadOnlyCollection<int> residentIds, CancellationToken cancellationToken) =>
        (await db.Set<ResidentTag>().AsNoTracking().Where(t => residentIds.Contains(t.ResidentId)).ToListAsync(cancellationToken))
        .ToLookup(t => t.ResidentId, t => t.Key);

    /// <summary>Households with exactly one resident still living there: their resident lives alone.</summary>
    public async Task<HashSet<int>> LivingAloneHouseholdsAsync(IReadOnlyCollection<int> householdIds, CancellationToken cancellationToken) =>
        [.. await db.Set<Resident>().AsNoTracking()
            .Where(r => householdIds.Contains(r.HouseholdId) && r.Status == ResidentStatus.Living)
            .GroupBy(r => r.HouseholdId).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync(cancellationToken)];

    public async Task<IReadOnlyList<CareFlagDetail>> SensitiveAsync(int residentId, CancellationToken cancellationToken) =>
        [.. (await db.Set<CareFlag>().AsNoTracking().Where(f => f.ResidentId == residentId).Select(f => f.Detail).ToListAsync(cancellationToken))
            .Select(d => JsonSerializer.Deserialize<CareFlagDetail>(d)!)];

    /// <summary>Derived tags first, then recorded ones, as the UI lists them.</summary>
    public static IReadOnlyList<string> Combine(Resident resident, DateOnly today, bool livingAlone, IEnumerable<string> recorded)
    {
        var tags = new List<string>();
        var age = resident.AgeOn(today);
        if (age >= CareTags.ElderlyAge) tags.Add(CareTags.Elderly80Plus.Key);
        if (age < CareTags.ChildAge) tags.Add(CareTags.Child.Key);
        if (livingAlone && resident.Status == ResidentStatus.Living) tags.Add(CareTags.LivingAlone.Key);
        tags.AddRange(recorded.Order(StringComparer.Ordinal));
        return tags;
    }
}
