using System.Security.Cryptography;
using Linli.Web.Modules.Residents.Owners;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// Owners' assemblies: prepared as a draft, opened (the roll, items and rules frozen), ballots entered one per owner,
/// closed, counted (<see cref="AssemblyResults"/>). Every ballot and every change of state goes to the audit chain.
/// </summary>
public sealed class AssembliesService(LinliDb db, OwnersService owners, Residents.ResidentPlacement placement, Residents.ResidentViewBuilder views,
    CompoundGovernance governance, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    /// <summary>物业管理条例 Art. 14: the assembly is announced at least 15 days before it meets.</summary>
    public const int NoticeDays = 15;

    /// <summary>How long a matter referred by a meeting votes once its draft assembly opens.</summary>
    public const int ReferredDays = 14;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<OwnersAssembly> CreateAsync(NewAssembly input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var compound = input.CompoundId is { } compoundId
            ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == compoundId && r.Kind == RegionKind.Compound, cancellationToken)
            : null;
        if (compound is null) errors["compoundId"] = new(input.CompoundId is null ? "Validation.Required" : "Assembly.CompoundNotFound");
        var title = errors.Text(input.Title, "title", OwnersAssembly.MaxTitle);
        if (input.Method is null || !Enum.IsDefined(input.Method.Value)) errors["method"] = new("Validation.Required");
        if (input.NoticedOn is null) errors["noticedOn"] = new("Validation.Required");
        var opensAt = ChinaTime.FromInput(input.OpensAt);
        var closesAt = ChinaTime.FromInput(input.ClosesAt);
        if (opensAt is null) errors["opensAt"] = new("Validation.Required");
        if (closesAt is null) errors["closesAt"] = new("Validation.Required");
        else if (closesAt <= opensAt) errors["closesAt"] = new("Assembly.ClosesBeforeOpening");
        if (input.NoticedOn is { } noticed && opensAt is { } opens && noticed.AddDays(NoticeDays) > DateOnly.FromDateTime(ChinaTime.FromUtc(opens)))
            errors["noticedOn"] = new("Assembly.NoticeTooLate", NoticeDays);
        var items = input.Items ?? [];
        if (items.Count == 0) errors["items"] = new("Assembly.ItemsRequired");
        for (var i = 0; i < items.Count; i++)
        {
            errors.Text(items[i].Title, $"items[{i}].title", AssemblyItem.MaxTitle);
            // The request filter checks top-level text only; an item's title is nested.
            if (!TextRules.IsClean(items[i].Title)) errors[$"items[{i}].title"] = new(TextRules.MessageKey);
            if (items[i].Matter is not { } matter || !Enum.IsDefined(matter)) errors[$"items[{i}].matter"] = new("Validation.Required");
        }
        var points = input.VotingPoints ?? [];
        for (var i = 0; i < points.Count; i++)
        {
            errors.Text(points[i].Place, $"votingPoints[{i}].place", VotingPoint.MaxPlace);
            errors.Text(points[i].Hours, $"votingPoints[{i}].hours", VotingPoint.MaxHours);
            foreach (var (value, field) in new[] { (points[i].Place, "place"), (points[i].Hours, "hours") })
                if (!TextRules.IsClean(value)) errors[$"votingPoints[{i}].{field}"] = new(TextRules.MessageKey);
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var communityId = await placement.CommunityOfAsync(compound!.Path, cancellationToken) ?? throw new NotFoundException();
        var assembly = new OwnersAssembly(communityId, compound.Id, title, input.Method!.Value, input.NoticedOn!.Value, opensAt!.Value, closesAt!.Value,
            scope.UserName ?? "", Now);
        db.Add(assembly);
        await db.SaveChangesAsync(cancellationToken);
        var made = items.Select((item, i) => new AssemblyItem(i + 1, item.Title!.Trim(), item.Matter!.Value)).ToList();
        foreach (var item in made) item.BelongTo(assembly.Id);
        db.AddRange(made);
        db.AddRange(points.Select((p, i) => new VotingPoint(assembly.Id, i + 1, p.Place!.Trim(), p.Hours!.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("assembly.created", "Assembly", assembly.Id.ToString(), $"compound={compound.Id} items={made.Count}", cancellationToken);
        return assembly;
    }

    /// <summary>
    /// A matter a meeting referred to the owners (Civil Code Art. 278: a meeting cannot pass it): a draft written
    /// assembly with the matter as its one item, at the earliest lawful dates — noticed today, opening after the
    /// notice period, for two weeks. Its preparers fix the dates and add items before opening it. Its id.
    /// </summary>
    public async Task<int> DraftForMatterAsync(int compoundId, string text, Matter matter, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var opensAt = today.AddDays(NoticeDays).ToDateTime(new TimeOnly(9, 0));
        var assembly = await CreateAsync(new NewAssembly(compoundId, FieldChecks.Clip(text, OwnersAssembly.MaxTitle), AssemblyMethod.Written, today, opensAt,
            opensAt.AddDays(ReferredDays), [new NewItem(FieldChecks.Clip(text, AssemblyItem.MaxTitle), matter)]), cancellationToken);
        return assembly.Id;
    }

    /// <summary>An assembly's title for another module that links to it (works it decided), if the caller can see it.</summary>
    public async Task<string?> TitleOfAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<OwnersAssembly>().AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);

    public async Task<OwnersAssembly> GetAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<OwnersAssembly>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>The items and voting points of many assemblies at once, for a list.</summary>
    public async Task<(ILookup<int, AssemblyItem> Items, ILookup<int, VotingPoint> Points)> PartsOfAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        ((await db.Set<AssemblyItem>().AsNoTracking().Where(i => ids.Contains(i.AssemblyId)).OrderBy(i => i.Position).ToListAsync(cancellationToken)).ToLookup(i => i.AssemblyId),
         (await db.Set<VotingPoint>().AsNoTracking().Where(p => ids.Contains(p.AssemblyId)).OrderBy(p => p.Position).ToListAsync(cancellationToken)).ToLookup(p => p.AssemblyId));

    public async Task<IReadOnlyList<VotingPointView>> VotingPointsAsync(int assemblyId, CancellationToken cancellationToken) =>
        await db.Set<VotingPoint>().AsNoTracking().Where(p => p.AssemblyId == assemblyId).OrderBy(p => p.Position).Select(p => new VotingPointView(p.Place, p.Hours))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AssemblyItem>> ItemsAsync(int assemblyId, CancellationToken cancellationToken) =>
        await db.Set<AssemblyItem>().AsNoTracking().Where(i => i.AssemblyId == assemblyId).OrderBy(i => i.Position).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OwnersAssembly>> ListAsync(int? compoundId, CancellationToken cancellationToken) =>
        await db.Set<OwnersAssembly>().AsNoTracking().Where(a => compoundId == null || a.CompoundId == compoundId)
            .OrderByDescending(a => a.OpensAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Freezes the roll from the register's current owners, and with it the items, their rules and the compound's
    /// rules for votes (parking, non-voters). The state moves Draft → Open by one conditional update, so two openings
    /// at once freeze one roll. An election needs adopted rules of procedure (seed 002 case 9: the founding documents
    /// first, then the election), since they say how the committee is elected.
    /// </summary>
    public async Task<OwnersAssembly> OpenAsync(int id, CancellationToken cancellationToken)
    {
        var assembly = await GetAsync(id, cancellationToken);
        if ((await ItemsAsync(id, cancellationToken)).Any(i => i.Matter == Matter.ElectCommittee) && !await governance.HasRulesOfProcedureAsync(assembly.CompoundId, cancellationToken))
            throw new ConflictException("Assembly.NoRulesOfProcedure");
        var rules = await governance.RulesAsync(assembly.CompoundId, cancellationToken);
        var entries = await LiveRollAsync(assembly.CompoundId, rules.ParkingCounts, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var total = new Weight(entries.Count, entries.Sum(e => e.AreaHundredths));
        var moved = await db.Set<OwnersAssembly>().Where(a => a.Id == id && a.Status == AssemblyStatus.Draft).ExecuteUpdateAsync(a => a
            .SetProperty(x => x.Status, AssemblyStatus.Open).SetProperty(x => x.OpenedAt, Now)
            .SetProperty(x => x.TotalOwners, total.Owners).SetProperty(x => x.TotalAreaHundredths, total.AreaHundredths)
            .SetProperty(x => x.ParkingCounted, rules.ParkingCounts).SetProperty(x => x.NonVotersFollowMajority, rules.NonVotersFollowMajority)
            .SetProperty(x => x.CovenantClause, rules.CovenantClause), cancellationToken);
        if (moved == 0) throw new ConflictException("Assembly.NotDraft");
        var voters = entries.Select(e => new RollVoter(id, assembly.CommunityId, e)).ToList();
        db.AddRange(voters);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(voters.Zip(entries).SelectMany(p => p.Second.Units.Select(u => new RollUnit(p.First.Id, u.UnitId, u.AreaHundredths))));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("assembly.opened", "Assembly", id.ToString(), $"owners={total.Owners} area={OwnersRoll.SquareMetres(total.AreaHundredths)}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<OwnersAssembly> CloseAsync(int id, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        var moved = await db.Set<OwnersAssembly>().Where(a => a.Id == id && a.Status == AssemblyStatus.Open)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, AssemblyStatus.Closed).SetProperty(x => x.ClosedAt, Now), cancellationToken);
        if (moved == 0) throw new ConflictException("Assembly.NotOpen");
        await audit.RecordAsync("assembly.closed", "Assembly", id.ToString(), "", cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>The frozen roll once open; before that, what the roll would be if it opened now (voters without ids).</summary>
    public async Task<RollView> RollAsync(int id, CancellationToken cancellationToken)
    {
        var assembly = await GetAsync(id, cancellationToken);
        if (assembly.Status == AssemblyStatus.Draft)
        {
            var live = await LiveRollAsync(assembly.CompoundId, (await governance.RulesAsync(assembly.CompoundId, cancellationToken)).ParkingCounts, cancellationToken);
            return new RollView(false, live.Count, OwnersRoll.SquareMetres(live.Sum(e => e.AreaHundredths)), live.Count(e => e.Kind is null),
                [.. live.Select(e => new RollVoterView(null, e.Label, e.Kind, [.. e.Units.Select(u => u.UnitId)], OwnersRoll.SquareMetres(e.AreaHundredths)))]);
        }
        var voters = await db.Set<RollVoter>().AsNoTracking().Where(v => v.AssemblyId == id).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        var voterIds = voters.Select(v => v.Id).ToList();
        var units = (await db.Set<RollUnit>().AsNoTracking().Where(u => voterIds.Contains(u.VoterId)).OrderBy(u => u.UnitId).ToListAsync(cancellationToken))
            .ToLookup(u => u.VoterId);
        return new RollView(true, assembly.TotalOwners, OwnersRoll.SquareMetres(assembly.TotalAreaHundredths), voters.Count(v => v.Kind is null),
            [.. voters.Select(v => new RollVoterView(v.Id, v.Label, v.Kind, [.. units[v.Id].Select(u => u.UnitId)], OwnersRoll.SquareMetres(v.AreaHundredths)))]);
    }

    /// <summary>
    /// One ballot of one owner on the frozen roll, with a choice on every item, while the assembly is open and inside
    /// its voting window. The database's unique index decides between two entries of one owner's ballot.
    /// </summary>
    public async Task<Ballot> CastAsync(int id, NewBallot input, CancellationToken cancellationToken)
    {
        var voter = input.VoterId is { } voterId
            ? await db.Set<RollVoter>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == voterId && v.AssemblyId == id, cancellationToken)
            : null;
        return await CastForAsync(id, voter, input, cancellationToken);
    }

    /// <summary>
    /// The ballot of a voter the caller has found on the roll (staff through their scope, an owner through their own
    /// place on it: <see cref="OwnBallots"/>); null when not on the roll.
    /// </summary>
    internal async Task<Ballot> CastForAsync(int id, RollVoter? voter, NewBallot input, CancellationToken cancellationToken)
    {
        var assembly = await GetAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (voter is null) errors["voterId"] = new(input.VoterId is null ? "Validation.Required" : "Assembly.NotOnRoll");
        if (input.Channel is null || !Enum.IsDefined(input.Channel.Value)) errors["channel"] = new("Validation.Required");
        var collectedBy = errors.Text(input.CollectedBy, "collectedBy", Ballot.MaxName, required: false);
        var proxyName = errors.Text(input.ProxyName, "proxyName", Ballot.MaxName, required: false);
        var items = await ItemsAsync(id, cancellationToken);
        var choices = input.Choices ?? [];
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i].ItemId is not { } itemId || items.All(item => item.Id != itemId)) errors[$"choices[{i}].itemId"] = new("Assembly.ItemNotInAssembly");
            else if (choices.Take(i).Any(c => c.ItemId == itemId)) errors[$"choices[{i}].itemId"] = new("Assembly.ItemTwice");
            if (choices[i].Choice is not { } choice || !Enum.IsDefined(choice)) errors[$"choices[{i}].choice"] = new("Validation.Required");
        }
        if (items.FirstOrDefault(item => choices.All(c => c.ItemId != item.Id)) is { } missing) errors["choices"] = new("Assembly.ItemMissing", missing.Title);
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var now = Now;
        if (assembly.Status != AssemblyStatus.Open) throw new ConflictException(assembly.Status == AssemblyStatus.Draft ? "Assembly.NotOpenYet" : "Assembly.Closed");
        if (now < assembly.OpensAt || now >= assembly.ClosesAt) throw new ConflictException("Assembly.OutsideWindow");

        var ballot = new Ballot(id, assembly.CommunityId, voter!.Id, input.Channel!.Value, collectedBy.Length == 0 ? null : collectedBy,
            proxyName.Length == 0 ? null : proxyName, NewReceipt(), scope.UserName ?? "", now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(ballot);
        await db.SaveOrConflictAsync("Assembly.AlreadyVoted", cancellationToken);
        var made = choices.Select(c => new BallotChoice(c.ItemId!.Value, c.Choice!.Value)).ToList();
        foreach (var choice in made) choice.BelongTo(ballot.Id);
        db.AddRange(made);
        await db.SaveChangesAsync(cancellationToken);
        // The choices stay out of the chain's summary: who voted is recorded, not how.
        await audit.RecordAsync("assembly.ballot", "Assembly", id.ToString(), $"ballot={ballot.Id} voter={voter.Id} channel={ballot.Channel} proxy={ballot.ProxyName is not null}",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ballot;
    }

    /// <summary>
    /// The door-to-door list: owners on the frozen roll who have not voted yet, in the order of their flats (building,
    /// floor, door). Names and flats only — never anyone's choices.
    /// </summary>
    public async Task<IReadOnlyList<PendingVoter>> PendingAsync(int id, CancellationToken cancellationToken)
    {
        var roll = await RollAsync(id, cancellationToken);
        if (!roll.Frozen) return [];
        var voted = (await db.Set<Ballot>().AsNoTracking().Where(b => b.AssemblyId == id).Select(b => b.VoterId).ToListAsync(cancellationToken)).ToHashSet();
        var pending = roll.Voters.Where(v => !voted.Contains(v.Id!.Value)).ToList();
        var labels = await views.UnitLabelsAsync([.. pending.SelectMany(v => v.Units).Distinct()], cancellationToken);
        var attempts = (await db.Set<DoorAttempt>().AsNoTracking().Where(a => a.AssemblyId == id).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.VoterId);
        return [.. pending.Select(v =>
        {
            var last = attempts[v.Id!.Value].LastOrDefault();
            return new PendingVoter(v.Id.Value, v.Label, [.. v.Units.Select(u => labels.GetValueOrDefault(u) ?? u.ToString())], v.Area,
                last?.Outcome, last is null ? null : ChinaTime.ToOffset(last.At), attempts[v.Id.Value].Count());
        }).OrderBy(p => p.Flats[0], StringComparer.Ordinal)];
    }

    /// <summary>A knock that brought no ballot, on an owner of the frozen roll, while the assembly is open.</summary>
    public async Task<DoorAttempt> RecordAttemptAsync(int id, NewAttempt input, CancellationToken cancellationToken)
    {
        var assembly = await GetAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var onRoll = input.VoterId is { } voterId && await db.Set<RollVoter>().AnyAsync(v => v.Id == voterId && v.AssemblyId == id, cancellationToken);
        if (!onRoll) errors["voterId"] = new(input.VoterId is null ? "Validation.Required" : "Assembly.NotOnRoll");
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome)) errors["outcome"] = new("Validation.Required");
        var note = errors.Text(input.Note, "note", DoorAttempt.MaxNote, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (assembly.Status != AssemblyStatus.Open) throw new ConflictException(assembly.Status == AssemblyStatus.Draft ? "Assembly.NotOpenYet" : "Assembly.Closed");
        var attempt = new DoorAttempt(assembly, input.VoterId!.Value, input.Outcome!.Value, note.Length == 0 ? null : note, scope.UserName ?? "", Now);
        db.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return attempt;
    }

    /// <summary>The compounds of the caller's scope, for preparing an assembly.</summary>
    public async Task<Dictionary<int, string>> CompoundsAsync(CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Compound).OrderBy(r => r.Name).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);

    /// <summary>Compound names for lists and headings.</summary>
    public async Task<Dictionary<int, string>> CompoundNamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Regions.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
    }

    /// <summary>The roll as the register stands now: the compound's units, and its titled parking spaces when its rules count them.</summary>
    private async Task<IReadOnlyList<OwnersRoll.Entry>> LiveRollAsync(int compoundId, bool parkingCounts, CancellationToken cancellationToken)
    {
        var compound = await db.Regions.AsNoTracking().FirstAsync(r => r.Id == compoundId, cancellationToken);
        var units = await db.Regions.AsNoTracking()
            .Where(r => (r.Kind == RegionKind.Unit || (parkingCounts && r.Kind == RegionKind.ParkingSpace)) && r.Path.StartsWith(compound.Path))
            .OrderBy(r => r.Id).Select(r => new OwnersRoll.Unit(r.Id, r.ExclusiveArea)).ToListAsync(cancellationToken);
        var holdings = await owners.CurrentHoldingsAsync([.. units.Select(u => u.Id)], cancellationToken);
        return OwnersRoll.Build(units, holdings);
    }

    /// <summary>A receipt an owner can quote when they ask whether their ballot was counted: no 0/O or 1/I to misread.</summary>
    private static string NewReceipt() => RandomNumberGenerator.GetString("23456789ABCDEFGHJKLMNPQRSTUVWXYZ", Ballot.ReceiptLength);
}
