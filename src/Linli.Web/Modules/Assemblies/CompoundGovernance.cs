using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// What a compound's owners' organisation rests on: its rules for votes (<see cref="CompoundRules"/>), the founding
/// documents and the assemblies that adopted each version, and the committee's terms with their filing and handover.
/// </summary>
public sealed class CompoundGovernance(LinliDb db, Residents.ResidentPlacement placement, FileStore files, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<GovernanceView> ViewAsync(int compoundId, CancellationToken cancellationToken)
    {
        var compound = await CompoundAsync(compoundId, cancellationToken);
        var documents = await db.Set<FoundingDocument>().AsNoTracking().Where(d => d.CompoundId == compoundId).OrderBy(d => d.Kind).ThenByDescending(d => d.Version)
            .ToListAsync(cancellationToken);
        var terms = await db.Set<CommitteeTerm>().AsNoTracking().Where(t => t.CompoundId == compoundId).OrderByDescending(t => t.Number).ToListAsync(cancellationToken);
        var termIds = terms.Select(t => t.Id).ToList();
        var members = (await db.Set<CommitteeMember>().AsNoTracking().Where(m => termIds.Contains(m.TermId)).OrderBy(m => m.Role).ThenBy(m => m.Id).ToListAsync(cancellationToken))
            .ToLookup(m => m.TermId);
        var today = ChinaTime.Today(clock);
        return new GovernanceView(compoundId, compound.Name, await RulesAsync(compoundId, cancellationToken),
            [.. documents.Select(d => new DocumentView(d.Id, d.Kind, d.Version, d.AdoptedByAssemblyId, d.AdoptedByItemId, d.EffectiveOn, d.Note, d.FileId is not null,
                ChinaTime.ToOffset(d.RecordedAt)))],
            [.. terms.Select(t => new TermView(t.Id, t.Number, t.ElectedByAssemblyId, t.StartsOn, t.EndsOn, t.FiledOn, t.FiledWith, t.HandedOverOn, t.HandoverNote,
                t.StartsOn <= today && today <= t.EndsOn, [.. members[t.Id].Select(m => new MemberView(m.Id, m.Name, m.ResidentId, m.Role))]))]);
    }

    public async Task<RulesView> RulesAsync(int compoundId, CancellationToken cancellationToken)
    {
        var rules = await db.Set<CompoundRules>().AsNoTracking().FirstOrDefaultAsync(r => r.CompoundId == compoundId, cancellationToken);
        return rules is null ? new RulesView(compoundId, false, false, null, null, null)
            : new RulesView(compoundId, rules.ParkingCounts, rules.NonVotersFollowMajority, rules.CovenantClause, rules.UpdatedBy, ChinaTime.ToOffset(rules.UpdatedAt));
    }

    /// <summary>The non-voters clause goes on only with the covenant's words recorded; assemblies already open keep the rules they froze.</summary>
    public async Task<RulesView> SetRulesAsync(int compoundId, RulesInput input, CancellationToken cancellationToken)
    {
        var compound = await CompoundAsync(compoundId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var clause = errors.Text(input.CovenantClause, "covenantClause", CompoundRules.MaxClause, required: false);
        if (input.NonVotersFollowMajority == true && clause.Length == 0) errors["covenantClause"] = new("Assembly.ClauseRequired");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var rules = await db.Set<CompoundRules>().FirstOrDefaultAsync(r => r.CompoundId == compoundId, cancellationToken);
        if (rules is null)
        {
            rules = new CompoundRules(compoundId, await CommunityOfAsync(compound, cancellationToken));
            db.Add(rules);
        }
        rules.Set(input.ParkingCounts ?? false, input.NonVotersFollowMajority ?? false, clause.Length == 0 ? null : clause, scope.UserName ?? "", Now);
        await db.SaveOrConflictAsync("Assembly.RulesChangedMeanwhile", cancellationToken);
        await audit.RecordAsync("compound.rules", "Region", compoundId.ToString(),
            $"parking={rules.ParkingCounts} nonVoters={rules.NonVotersFollowMajority}", cancellationToken);
        return await RulesAsync(compoundId, cancellationToken);
    }

    /// <summary>Whether the compound has adopted rules of procedure: an election needs them, since they say how the committee is elected.</summary>
    public Task<bool> HasRulesOfProcedureAsync(int compoundId, CancellationToken cancellationToken) =>
        db.Set<FoundingDocument>().AnyAsync(d => d.CompoundId == compoundId && d.Kind == FoundingKind.RulesOfProcedure, cancellationToken);

    /// <summary>
    /// Records the next version of a founding document. Adopted by an assembly: one of the compound's, counted and
    /// signed, whose item passed and whose matter fits the kind (the working rules are an "other" matter); it takes
    /// effect on the day of the count unless told otherwise. Adopted before Linli: the date and where the paper record is.
    /// </summary>
    public async Task<FoundingDocument> RecordDocumentAsync(int compoundId, NewDocument input, CancellationToken cancellationToken)
    {
        var compound = await CompoundAsync(compoundId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        var note = errors.Text(input.Note, "note", FoundingDocument.MaxNote, required: input.AdoptedByAssemblyId is null);
        var effectiveOn = input.EffectiveOn;
        if (input.AdoptedByAssemblyId is { } assemblyId && input.Kind is { } k && Enum.IsDefined(k))
        {
            var count = await (from c in db.Set<AssemblyCount>()
                               join a in db.Set<OwnersAssembly>() on c.AssemblyId equals a.Id
                               where a.Id == assemblyId && a.CompoundId == compoundId
                               select c).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
            var item = count is null ? null : AssemblyPublication.ResultOf(count.ResultJson).Items.FirstOrDefault(i => i.Id == input.AdoptedByItemId);
            if (count is null) errors["adoptedByAssemblyId"] = new("Assembly.NotCountedHere");
            else if (item is null || !item.Passed || !Fits(k, item.Matter)) errors["adoptedByItemId"] = new("Assembly.ItemDidNotAdopt");
            effectiveOn ??= count is null ? null : DateOnly.FromDateTime(ChinaTime.FromUtc(count.SignedOffAt));
        }
        if (effectiveOn is null) errors["effectiveOn"] = new("Validation.Required");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return await AddVersionAsync(compound, input.Kind!.Value, input.AdoptedByAssemblyId, input.AdoptedByAssemblyId is null ? null : input.AdoptedByItemId, effectiveOn!.Value,
            note.Length == 0 ? null : note, cancellationToken);
    }

    /// <summary>A signed count whose rules-of-procedure or covenant item passed adopts the next version of that document.</summary>
    internal async Task AdoptFromCountAsync(OwnersAssembly assembly, ResultView result, DateOnly countedOn, CancellationToken cancellationToken)
    {
        var compound = await CompoundAsync(assembly.CompoundId, cancellationToken);
        foreach (var item in result.Items.Where(i => i.Passed))
        {
            FoundingKind? kind = item.Matter switch
            {
                Matter.RulesOfProcedure => FoundingKind.RulesOfProcedure,
                Matter.ManagementCovenant => FoundingKind.ManagementCovenant,
                _ => null,
            };
            if (kind is not null) await AddVersionAsync(compound, kind.Value, assembly.Id, item.Id, countedOn, null, cancellationToken);
        }
    }

    private static bool Fits(FoundingKind kind, Matter matter) => kind switch
    {
        FoundingKind.RulesOfProcedure => matter == Matter.RulesOfProcedure,
        FoundingKind.ManagementCovenant => matter == Matter.ManagementCovenant,
        _ => matter is Matter.Other or Matter.RulesOfProcedure,
    };

    /// <summary>The next version number, kept unique by an index: two recordings at once are one version and a 409.</summary>
    private async Task<FoundingDocument> AddVersionAsync(RegionNode compound, FoundingKind kind, int? assemblyId, int? itemId, DateOnly effectiveOn, string? note,
        CancellationToken cancellationToken)
    {
        var version = 1 + (await db.Set<FoundingDocument>().Where(d => d.CompoundId == compound.Id && d.Kind == kind).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0);
        var document = new FoundingDocument(await CommunityOfAsync(compound, cancellationToken), compound.Id, kind, version, assemblyId, itemId, effectiveOn, note,
            scope.UserName ?? "", Now);
        db.Add(document);
        await db.SaveOrConflictAsync("Assembly.DocumentRecordedMeanwhile", cancellationToken);
        await audit.RecordAsync("compound.document", "Region", compound.Id.ToString(), $"{kind} v{version} assembly={assemblyId}", cancellationToken);
        return document;
    }

    /// <summary>The adopted text (PDF, Word or a photo of the signed pages), attached once per version.</summary>
    public async Task AttachDocumentAsync(int compoundId, int documentId, Stream content, CancellationToken cancellationToken)
    {
        await CompoundAsync(compoundId, cancellationToken);
        if (!await db.Set<FoundingDocument>().AnyAsync(d => d.Id == documentId && d.CompoundId == compoundId, cancellationToken)) throw new NotFoundException();
        var file = await files.AddDocumentAsync(content, "file", scope.UserName ?? "", cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (await db.Set<FoundingDocument>().Where(d => d.Id == documentId && d.FileId == null).ExecuteUpdateAsync(d => d.SetProperty(x => x.FileId, file.Id), cancellationToken) == 0)
            throw new ConflictException("Assembly.PaperAttached");
        await audit.RecordAsync("compound.document.file", "Region", compoundId.ToString(), $"document={documentId} sha256={file.Sha256}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoredFile> DocumentFileAsync(int compoundId, int documentId, CancellationToken cancellationToken)
    {
        var fileId = await db.Set<FoundingDocument>().Where(d => d.Id == documentId && d.CompoundId == compoundId).Select(d => d.FileId).FirstOrDefaultAsync(cancellationToken);
        return (fileId is { } f ? await files.FindAsync(f, cancellationToken) : null) ?? throw new NotFoundException();
    }

    /// <summary>A new term: its number unique in the compound (409 twice), elected by one of the compound's counted assemblies with election items.</summary>
    public async Task<CommitteeTerm> CreateTermAsync(int compoundId, NewTerm input, CancellationToken cancellationToken)
    {
        var compound = await CompoundAsync(compoundId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.Number is not (>= 1 and <= 100)) errors["number"] = new("Validation.Range", 1, 100);
        if (input.StartsOn is null) errors["startsOn"] = new("Validation.Required");
        if (input.EndsOn is null) errors["endsOn"] = new("Validation.Required");
        else if (input.EndsOn <= input.StartsOn) errors["endsOn"] = new("Assembly.TermEndsBeforeStart");
        if (input.ElectedByAssemblyId is { } assemblyId)
        {
            var elected = await (from c in db.Set<AssemblyCount>()
                                 join a in db.Set<OwnersAssembly>() on c.AssemblyId equals a.Id
                                 where a.Id == assemblyId && a.CompoundId == compoundId
                                 select c.ResultJson).FirstOrDefaultAsync(cancellationToken);
            if (elected is null || AssemblyPublication.ResultOf(elected).Items.All(i => i.Matter != Matter.ElectCommittee))
                errors["electedByAssemblyId"] = new("Assembly.NotAnElection");
        }
        var members = input.Members ?? [];
        if (members.Count == 0) errors["members"] = new("Assembly.MembersRequired");
        for (var i = 0; i < members.Count; i++)
        {
            errors.Text(members[i].Name, $"members[{i}].name", CommitteeMember.MaxName);
            if (members[i].Role is not { } role || !Enum.IsDefined(role)) errors[$"members[{i}].role"] = new("Validation.Required");
        }
        if (members.Count(m => m.Role == CommitteeRole.Director) > 1) errors["members"] = new("Assembly.OneDirector");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var term = new CommitteeTerm(await CommunityOfAsync(compound, cancellationToken), compoundId, input.Number!.Value, input.ElectedByAssemblyId, input.StartsOn!.Value,
            input.EndsOn!.Value, scope.UserName ?? "", Now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(term);
        await db.SaveOrConflictAsync("Assembly.TermExists", cancellationToken);
        db.AddRange(members.Select(m => new CommitteeMember(term, m.Name!.Trim(), m.ResidentId, m.Role!.Value)));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("committee.term", "Region", compoundId.ToString(), $"term={term.Number} members={members.Count} assembly={term.ElectedByAssemblyId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return term;
    }

    /// <summary>The filing (备案) of a term with the street office or housing department: once.</summary>
    public async Task FileTermAsync(int compoundId, int termId, FilingInput input, CancellationToken cancellationToken)
    {
        await CompoundAsync(compoundId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var with = errors.Text(input.FiledWith, "filedWith", CommitteeTerm.MaxText);
        if (input.FiledOn is null) errors["filedOn"] = new("Validation.Required");
        else if (input.FiledOn > ChinaTime.Today(clock)) errors["filedOn"] = new("Resident.StatusDateFuture");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await UpdateTermOnceAsync(compoundId, termId, t => t.FiledOn == null,
            t => t.SetProperty(x => x.FiledOn, input.FiledOn).SetProperty(x => x.FiledWith, with), "Assembly.TermFiled", cancellationToken);
        await audit.RecordAsync("committee.filed", "Region", compoundId.ToString(), $"term={termId} on={input.FiledOn:yyyy-MM-dd}", cancellationToken);
    }

    /// <summary>The handover from the previous term (documents, seal, accounts): once.</summary>
    public async Task HandOverAsync(int compoundId, int termId, HandoverInput input, CancellationToken cancellationToken)
    {
        await CompoundAsync(compoundId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var note = errors.Text(input.Note, "note", CommitteeTerm.MaxText);
        if (input.HandedOverOn is null) errors["handedOverOn"] = new("Validation.Required");
        else if (input.HandedOverOn > ChinaTime.Today(clock)) errors["handedOverOn"] = new("Resident.StatusDateFuture");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await UpdateTermOnceAsync(compoundId, termId, t => t.HandedOverOn == null,
            t => t.SetProperty(x => x.HandedOverOn, input.HandedOverOn).SetProperty(x => x.HandoverNote, note), "Assembly.TermHandedOver", cancellationToken);
        await audit.RecordAsync("committee.handover", "Region", compoundId.ToString(), $"term={termId} on={input.HandedOverOn:yyyy-MM-dd}", cancellationToken);
    }

    private async Task UpdateTermOnceAsync(int compoundId, int termId, System.Linq.Expressions.Expression<Func<CommitteeTerm, bool>> notYet,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<CommitteeTerm>> set, string doneKey, CancellationToken cancellationToken)
    {
        var updated = await db.Set<CommitteeTerm>().Where(t => t.Id == termId && t.CompoundId == compoundId).Where(notYet).ExecuteUpdateAsync(set, cancellationToken);
        if (updated > 0) return;
        if (!await db.Set<CommitteeTerm>().AnyAsync(t => t.Id == termId && t.CompoundId == compoundId, cancellationToken)) throw new NotFoundException();
        throw new ConflictException(doneKey);
    }

    /// <summary>A compound in the caller's scope (the region filter hides others), or 404.</summary>
    private async Task<RegionNode> CompoundAsync(int compoundId, CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == compoundId && r.Kind == RegionKind.Compound, cancellationToken) ?? throw new NotFoundException();

    private async Task<int> CommunityOfAsync(RegionNode compound, CancellationToken cancellationToken) =>
        await placement.CommunityOfAsync(compound.Path, cancellationToken) ?? throw new NotFoundException();
}
