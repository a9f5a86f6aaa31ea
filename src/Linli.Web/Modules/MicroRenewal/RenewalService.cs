using System.Security.Claims;
using Linli.Web.Modules.Deliberation;
using Linli.Web.Modules.Disclosure;
using Linli.Web.Modules.Surveys;
using Linli.Web.Modules.Surveys.Results;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.MicroRenewal;

/// <summary>
/// A micro-renewal through its nine steps. Three steps are gated by 一图三会's meetings: leaving 筛选 needs the
/// site-selection hearing held and a site chosen; leaving 方案选定 needs the design coordination meeting held, a design
/// adopted, the plan's items and, when quotes were taken, the contractor chosen; leaving 成果展示 needs the result
/// review held. Leaving 改造实施 needs a before/after pair. Choices are made once, with a reason.
/// </summary>
public sealed class RenewalService(LinliDb db, Residents.ResidentPlacement placement, MeetingsService meetings, SurveysService surveys, ResultsService results,
    FileStore files, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxParts = 50;
    public const int MaxPublic = 50;

    private static readonly Dictionary<RenewalStage, MeetingKind> KindOf = new()
    {
        [RenewalStage.SiteHearing] = MeetingKind.Hearing,
        [RenewalStage.DesignCoordination] = MeetingKind.DesignCoordination,
        [RenewalStage.ResultReview] = MeetingKind.ResultReview,
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private string By => scope.UserName ?? "";

    public async Task<int> CreateAsync(NewRenewal input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var title = errors.Text(input.Title, "title", RenewalProject.MaxTitle);
        var summary = errors.Text(input.Summary, "summary", RenewalProject.MaxText);
        var fundedBy = errors.Text(input.FundedBy, "fundedBy", RenewalProject.MaxTitle, required: false);
        var budget = input.Budget is null ? null : Money.Fen(input.Budget);
        if (input.Budget is not null && budget is null) errors["budget"] = new("Disclosure.AmountInvalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var regionId = input.RegionId ?? input.CommunityId.Value;
        if (!await placement.IsWithinCommunityAsync(regionId, input.CommunityId.Value, cancellationToken))
            throw new FieldValidationException("regionId", "Renewal.RegionOutside");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var project = new RenewalProject(input.CommunityId.Value, regionId, title, summary, (budget, fundedBy.Length == 0 ? null : fundedBy), By, Now);
        db.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new RenewalStepEntry(project, RenewalStep.Publicity, ChinaTime.Today(clock), null, By));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("renewal.created", "Renewal", project.Id.ToString(), $"community={project.CommunityId} region={regionId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return project.Id;
    }

    public async Task<IReadOnlyList<RenewalSummary>> ListAsync(int? communityId, CancellationToken cancellationToken) =>
        await db.Set<RenewalProject>().AsNoTracking().Where(p => communityId == null || p.CommunityId == communityId).OrderByDescending(p => p.Id).Take(200)
            .Select(p => new RenewalSummary(p.Id, p.CommunityId, db.Regions.Where(r => r.Id == p.RegionId).Select(r => r.Name).First(), p.Title, p.Step, p.CompletedOn))
            .ToListAsync(cancellationToken);

    /// <summary>The next of the nine steps, once its gate is passed; after 后期反馈 the project is complete.</summary>
    public async Task<StepReached> AdvanceAsync(int id, NextStep input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var note = errors.Text(input.Note, "note", RenewalProject.MaxReason, required: false);
        var project = await FindAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (project.CompletedOn is not null) throw new ConflictException("Renewal.Completed");
        await CheckGateAsync(project, cancellationToken);
        var today = ChinaTime.Today(clock);
        if (project.Step == RenewalStep.Feedback)
        {
            var completed = await db.Set<RenewalProject>().Where(p => p.Id == id && p.CompletedOn == null)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.CompletedOn, today), cancellationToken);
            if (completed == 0) throw new ConflictException("Renewal.Completed");
            await audit.RecordAsync("renewal.completed", "Renewal", id.ToString(), note, cancellationToken);
            return new StepReached(project.Step, today);
        }

        var next = project.Step + 1;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Set<RenewalProject>().Where(p => p.Id == id && p.Step == project.Step).ExecuteUpdateAsync(p => p.SetProperty(x => x.Step, next), cancellationToken);
        if (moved == 0) throw new ConflictException("Renewal.StepMoved");
        db.Add(new RenewalStepEntry(project, next, today, note.Length == 0 ? null : note, By));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("renewal.step", "Renewal", id.ToString(), next.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StepReached(next, null);
    }

    private async Task CheckGateAsync(RenewalProject project, CancellationToken cancellationToken)
    {
        switch (project.Step)
        {
            case RenewalStep.Screening when !await HeldAsync(project.Id, RenewalStage.SiteHearing, cancellationToken) || project.ChosenSiteId is null:
                throw new ConflictException("Renewal.Gate.SiteHearing");
            case RenewalStep.Selection when !await HeldAsync(project.Id, RenewalStage.DesignCoordination, cancellationToken) || project.AdoptedOptionId is null
                || !await db.Set<PlanItem>().AnyAsync(i => i.ProjectId == project.Id, cancellationToken):
                throw new ConflictException("Renewal.Gate.DesignCoordination");
            case RenewalStep.Selection when project.ChosenQuoteId is null && await db.Set<ContractorQuote>().AnyAsync(q => q.ProjectId == project.Id, cancellationToken):
                throw new ConflictException("Renewal.Gate.Quote");
            case RenewalStep.Implementation when !await db.Set<RenewalPhoto>().AnyAsync(p => p.ProjectId == project.Id && p.BeforeId != null, cancellationToken):
                throw new ConflictException("Renewal.Gate.Photos");
            case RenewalStep.Showcase when !await HeldAsync(project.Id, RenewalStage.ResultReview, cancellationToken):
                throw new ConflictException("Renewal.Gate.ResultReview");
        }
    }

    /// <summary>Whether the stage's meeting is linked and its time has come (a meeting is recorded before or after it happens).</summary>
    private async Task<bool> HeldAsync(int projectId, RenewalStage stage, CancellationToken cancellationToken)
    {
        var now = Now;
        return await db.Set<RenewalMeeting>().AnyAsync(m => m.ProjectId == projectId && m.Stage == stage && m.StartsAt <= now, cancellationToken);
    }

    /// <summary>Links one of the three meetings: an existing meeting of the community of the stage's kind, or a new one recorded here.</summary>
    public async Task<int> LinkMeetingAsync(int id, RenewalMeetingLink input, CancellationToken cancellationToken)
    {
        if (input.Stage is not { } stage || !Enum.IsDefined(stage)) throw new FieldValidationException("stage", "Validation.Required");
        var project = await FindAsync(id, cancellationToken);
        if (await db.Set<RenewalMeeting>().AnyAsync(m => m.ProjectId == id && m.Stage == stage, cancellationToken)) throw new ConflictException("Renewal.MeetingLinked");
        MeetingView meeting;
        if (input.MeetingId is { } meetingId)
        {
            meeting = await meetings.FindViewAsync(meetingId, cancellationToken) is { } found && found.CommunityId == project.CommunityId ? found
                : throw new FieldValidationException("meetingId", "Renewal.MeetingNotFound");
            if (meeting.Kind != KindOf[stage]) throw new FieldValidationException("meetingId", "Renewal.MeetingKind");
        }
        else
        {
            var title = string.IsNullOrWhiteSpace(input.Title) ? $"{project.Title}{StageTitle(stage)}" : input.Title;
            meeting = await meetings.ScheduleAsync(new NewMeeting(project.CommunityId, KindOf[stage], title[..Math.Min(title.Length, RenewalProject.MaxTitle)],
                input.StartsAt, input.Place), cancellationToken);
        }
        db.Add(new RenewalMeeting(project, stage, meeting.Id, meeting.Title, meeting.StartsAt.UtcDateTime));
        await SaveOnceAsync("Renewal.MeetingLinked", cancellationToken);
        await audit.RecordAsync("renewal.meeting", "Renewal", id.ToString(), $"{stage} meeting={meeting.Id}", cancellationToken);
        return meeting.Id;
    }

    /// <summary>The step whose leaving a stage's meeting gates: 筛选 (hearing), 方案选定 (coordination), 成果展示 (review).</summary>
    private static readonly Dictionary<RenewalStep, RenewalStage> GatedBy = new()
    {
        [RenewalStep.Screening] = RenewalStage.SiteHearing,
        [RenewalStep.Selection] = RenewalStage.DesignCoordination,
        [RenewalStep.Showcase] = RenewalStage.ResultReview,
    };

    /// <summary>A community's projects standing at a gated step whose meeting is not recorded yet (the workbench's to-do).</summary>
    public async Task<int> AwaitingMeetingAsync(int communityId, CancellationToken cancellationToken)
    {
        var gated = GatedBy.Keys.ToList();
        var standing = await db.Set<RenewalProject>().AsNoTracking().Where(p => p.CommunityId == communityId && p.CompletedOn == null && gated.Contains(p.Step))
            .Select(p => new { p.Id, p.Step }).ToListAsync(cancellationToken);
        var ids = standing.Select(p => p.Id).ToList();
        var linked = (await db.Set<RenewalMeeting>().AsNoTracking().Where(m => ids.Contains(m.ProjectId)).Select(m => new { m.ProjectId, m.Stage }).ToListAsync(cancellationToken))
            .Select(m => (m.ProjectId, m.Stage)).ToHashSet();
        return standing.Count(p => !linked.Contains((p.Id, GatedBy[p.Step])));
    }

    private static string StageTitle(RenewalStage stage) => stage switch
    {
        RenewalStage.SiteHearing => "项目选点听证会",
        RenewalStage.DesignCoordination => "设计方案协调会",
        _ => "实施效果评议会",
    };

    public async Task<int> AddSiteAsync(int id, NewSite input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(input.Name, "name", RenewalSite.MaxName);
        var evidence = errors.Text(input.Evidence, "evidence", RenewalProject.MaxText, required: false);
        var project = await FindAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await EnsureRoomAsync(db.Set<RenewalSite>().Where(s => s.ProjectId == id), cancellationToken);
        var site = new RenewalSite(project, name, evidence);
        db.Add(site);
        await db.SaveChangesAsync(cancellationToken);
        return site.Id;
    }

    /// <summary>The site the hearing chose, with the reason; once.</summary>
    public async Task ChooseSiteAsync(int id, Choice input, CancellationToken cancellationToken)
    {
        var reason = Reason(input);
        await FindAsync(id, cancellationToken);
        if (input.Id is not { } siteId || !await db.Set<RenewalSite>().AnyAsync(s => s.Id == siteId && s.ProjectId == id, cancellationToken))
            throw new FieldValidationException("id", "Renewal.NotOfProject");
        var chosen = await db.Set<RenewalProject>().Where(p => p.Id == id && p.ChosenSiteId == null)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.ChosenSiteId, siteId).SetProperty(x => x.SiteReason, reason), cancellationToken);
        if (chosen == 0) throw new ConflictException("Renewal.AlreadyChosen");
        await audit.RecordAsync("renewal.site", "Renewal", id.ToString(), $"site={siteId} {reason}", cancellationToken);
    }

    /// <summary>A design option; options are fixed once the households' poll has opened.</summary>
    public async Task<int> AddOptionAsync(int id, NewOption input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(input.Title, "title", RenewalProject.MaxTitle);
        var description = errors.Text(input.Description, "description", RenewalProject.MaxText);
        var project = await FindAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (project.PollSurveyId is not null) throw new ConflictException("Renewal.PollOpened");
        if (await db.Set<DesignOption>().AnyAsync(o => o.ProjectId == id && o.Title == title, cancellationToken))
            throw new FieldValidationException("title", "Renewal.OptionTwice");
        await EnsureRoomAsync(db.Set<DesignOption>().Where(o => o.ProjectId == id), cancellationToken);
        var option = new DesignOption(project, title, description);
        db.Add(option);
        await db.SaveChangesAsync(cancellationToken);
        return option.Id;
    }

    /// <summary>
    /// Puts the options to the households of the place: a survey of one question, one answer per household, for
    /// the households living there, answered in the portal or entered by staff from paper. It informs; it binds no one.
    /// </summary>
    public async Task<int> OpenPollAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var project = await FindAsync(id, cancellationToken);
        var options = await db.Set<DesignOption>().AsNoTracking().Where(o => o.ProjectId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        if (options.Count < 2) throw new ConflictException("Renewal.TwoOptions");
        if (project.PollSurveyId is not null || project.AdoptedOptionId is not null) throw new ConflictException("Renewal.PollOpened");
        var intro = "以下是设计团队拟出的几版方案，请每户选出您更喜欢的一版（每户一票）。征询结果供设计方案协调会参考，不具约束力。\n"
            + string.Join("\n", options.Select(o => $"{o.Title}：{o.Description}"));
        var title = $"{project.Title}：设计方案意向征询";
        var surveyId = await surveys.OpenHouseholdPollAsync(new HouseholdPoll(project.CommunityId, project.RegionId, title[..Math.Min(title.Length, HouseholdPoll.MaxTitle)],
            intro[..Math.Min(intro.Length, HouseholdPoll.MaxIntro)], "您家更喜欢哪一版方案？", [.. options.Select(o => o.Title)]), user, cancellationToken);
        var linked = await db.Set<RenewalProject>().Where(p => p.Id == id && p.PollSurveyId == null)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.PollSurveyId, surveyId), cancellationToken);
        if (linked == 0) throw new ConflictException("Renewal.PollOpened");
        await audit.RecordAsync("renewal.poll", "Renewal", id.ToString(), $"survey={surveyId}", cancellationToken);
        return surveyId;
    }

    /// <summary>
    /// The design the coordination meeting adopted, with its reason; once, after that meeting is linked. An open
    /// poll closes and each option keeps its count of households.
    /// </summary>
    public async Task AdoptOptionAsync(int id, Choice input, CancellationToken cancellationToken)
    {
        var reason = Reason(input);
        var project = await FindAsync(id, cancellationToken);
        if (input.Id is not { } optionId || !await db.Set<DesignOption>().AnyAsync(o => o.Id == optionId && o.ProjectId == id, cancellationToken))
            throw new FieldValidationException("id", "Renewal.NotOfProject");
        if (!await db.Set<RenewalMeeting>().AnyAsync(m => m.ProjectId == id && m.Stage == RenewalStage.DesignCoordination, cancellationToken))
            throw new ConflictException("Renewal.CoordinationFirst");
        var counts = project.PollSurveyId is { } surveyId ? await PreferencesAsync(surveyId, cancellationToken) : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var adopted = await db.Set<RenewalProject>().Where(p => p.Id == id && p.AdoptedOptionId == null)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.AdoptedOptionId, optionId).SetProperty(x => x.OptionReason, reason), cancellationToken);
        if (adopted == 0) throw new ConflictException("Renewal.AlreadyChosen");
        if (counts is not null)
        {
            foreach (var option in await db.Set<DesignOption>().Where(o => o.ProjectId == id).ToListAsync(cancellationToken))
                option.Freeze(counts.Options.GetValueOrDefault(option.Title));
            await db.SaveChangesAsync(cancellationToken);
            if (counts.Open) await surveys.CloseAsync(project.PollSurveyId!.Value, cancellationToken);
        }
        await audit.RecordAsync("renewal.adopted", "Renewal", id.ToString(), $"option={optionId} {reason}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed record Preferences(bool Open, int Answered, int? Households, decimal? Share, Dictionary<string, int> Options);

    private async Task<Preferences> PreferencesAsync(int surveyId, CancellationToken cancellationToken)
    {
        var found = await results.ResultsAsync(surveyId, cancellationToken);
        var question = found.Questions.First(q => q.Key == HouseholdPoll.QuestionKey);
        return new Preferences(found.Status == SurveyStatus.Open, found.ResponseCount, found.TargetCount, found.ResponseRate,
            question.Options.ToDictionary(o => o.Text, o => o.Count));
    }

    public async Task<int> AddItemAsync(int id, NewPlanItem input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var what = errors.Text(input.What, "what", PlanItem.MaxWhat);
        var responsible = errors.Text(input.Responsible, "responsible", PlanItem.MaxResponsible);
        var dimensions = errors.Text(input.Dimensions, "dimensions", PlanItem.MaxDimensions, required: false);
        var budget = input.Budget is null ? null : Money.Fen(input.Budget);
        if (input.Budget is not null && budget is null) errors["budget"] = new("Disclosure.AmountInvalid");
        var project = await FindAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await EnsureRoomAsync(db.Set<PlanItem>().Where(i => i.ProjectId == id), cancellationToken);
        var item = new PlanItem(project, what, responsible, dimensions.Length == 0 ? null : dimensions, budget);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    public async Task<int> AddQuoteAsync(int id, NewQuote input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var contractor = errors.Text(input.Contractor, "contractor", ContractorQuote.MaxContractor);
        var scopeText = errors.Text(input.Scope, "scope", ContractorQuote.MaxScope);
        var note = errors.Text(input.Note, "note", RenewalProject.MaxReason, required: false);
        if (Money.Fen(input.Price) is null) errors["price"] = new("Disclosure.AmountInvalid");
        var project = await FindAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (project.ChosenQuoteId is not null) throw new ConflictException("Renewal.AlreadyChosen");
        await EnsureRoomAsync(db.Set<ContractorQuote>().Where(q => q.ProjectId == id), cancellationToken);
        var quote = new ContractorQuote(project, contractor, scopeText, Money.Fen(input.Price)!.Value, note.Length == 0 ? null : note);
        db.Add(quote);
        await db.SaveChangesAsync(cancellationToken);
        return quote.Id;
    }

    /// <summary>The contractor chosen after comparing (多方比价), with the reason — the cheapest or not, it is said why.</summary>
    public async Task ChooseQuoteAsync(int id, Choice input, CancellationToken cancellationToken)
    {
        var reason = Reason(input);
        await FindAsync(id, cancellationToken);
        if (input.Id is not { } quoteId || !await db.Set<ContractorQuote>().AnyAsync(q => q.Id == quoteId && q.ProjectId == id, cancellationToken))
            throw new FieldValidationException("id", "Renewal.NotOfProject");
        var chosen = await db.Set<RenewalProject>().Where(p => p.Id == id && p.ChosenQuoteId == null)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.ChosenQuoteId, quoteId).SetProperty(x => x.QuoteReason, reason), cancellationToken);
        if (chosen == 0) throw new ConflictException("Renewal.AlreadyChosen");
        await audit.RecordAsync("renewal.quote", "Renewal", id.ToString(), $"quote={quoteId} {reason}", cancellationToken);
    }

    /// <summary>
    /// A blueprint page (drawing, photo or PDF), a before photo, or an after photo of an earlier before photo (one
    /// each: a pair is a pair).
    /// </summary>
    public async Task<int> AddPhotoAsync(int id, RenewalPhotoKind? kind, string? caption, int? beforeId, Stream content, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (kind is not { } k || !Enum.IsDefined(k)) errors["kind"] = new("Validation.Required");
        var text = errors.Text(caption, "caption", RenewalPhoto.MaxCaption, required: kind != RenewalPhotoKind.After);
        var project = await FindAsync(id, cancellationToken);
        if (kind == RenewalPhotoKind.After)
        {
            var before = beforeId is { } b
                ? await db.Set<RenewalPhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == b && p.ProjectId == id && p.Kind == RenewalPhotoKind.Before, cancellationToken)
                : null;
            if (before is null) errors["beforeId"] = new("Renewal.BeforeRequired");
            else if (text.Length == 0) text = before.Caption;
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await EnsureRoomAsync(db.Set<RenewalPhoto>().Where(p => p.ProjectId == id), cancellationToken, max: MaxParts * 4);
        var file = kind == RenewalPhotoKind.Blueprint
            ? await files.AddDocumentAsync(content, "file", By, cancellationToken)
            : await files.AddImageAsync(content, "file", By, cancellationToken);
        var photo = new RenewalPhoto(project, kind!.Value, text, file.Id, kind == RenewalPhotoKind.After ? beforeId : null, By, Now);
        db.Add(photo);
        await SaveOnceAsync("Renewal.Paired", cancellationToken);
        await audit.RecordAsync("renewal.photo", "Renewal", id.ToString(), $"{kind} photo={photo.Id}", cancellationToken);
        return photo.Id;
    }

    public async Task<StoredFile> PhotoAsync(int id, int photoId, CancellationToken cancellationToken)
    {
        var fileId = await db.Set<RenewalPhoto>().Where(p => p.Id == photoId && p.ProjectId == id).Select(p => (Guid?)p.FileId).FirstOrDefaultAsync(cancellationToken);
        return (fileId is { } f ? await files.FindAsync(f, cancellationToken) : null) ?? throw new NotFoundException();
    }

    /// <summary>A project's photo for anyone (read past the scope, listed in IgnoreQueryFiltersTests): projects are public.</summary>
    public async Task<StoredFile> PublicPhotoAsync(int photoId, CancellationToken cancellationToken)
    {
        var fileId = await db.Set<RenewalPhoto>().IgnoreQueryFilters().Where(p => p.Id == photoId).Select(p => (Guid?)p.FileId).FirstOrDefaultAsync(cancellationToken);
        return (fileId is { } f ? await files.FindAsync(f, cancellationToken) : null) ?? throw new NotFoundException();
    }

    /// <summary>The quotes side by side (多方比价) as an Excel sheet: contractor, scope, price, note, the choice and its reason.</summary>
    public async Task<byte[]> QuotesSheetAsync(int id, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(id, cancellationToken);
        await audit.RecordAsync("renewal.quotes-export", "Renewal", id.ToString(), $"{view.Quotes.Count} quotes", cancellationToken);
        return Platform.Exports.Xlsx.Write("多方比价", ["施工方", "范围", "报价（元）", "说明", "是否选定", "选定理由"],
            view.Quotes.OrderBy(q => q.Price).Select(q => (IReadOnlyList<object?>)[q.Contractor, q.Scope, q.Price, q.Note, q.Chosen ? "选定" : "", q.Chosen ? view.QuoteReason : null]));
    }

    public async Task<RenewalView> ViewAsync(int id, CancellationToken cancellationToken)
    {
        var project = await FindAsync(id, cancellationToken);
        var poll = project.PollSurveyId is { } surveyId ? await PreferencesAsync(surveyId, cancellationToken) : null;
        return (await BuildAsync([project], pastScope: false, poll, (p, photo) => $"/api/v1/renewal/projects/{p}/photos/{photo}", cancellationToken)).Single();
    }

    /// <summary>
    /// A community's micro-renewals as anyone sees them (no sign-in; read past the scope, listed in
    /// IgnoreQueryFiltersTests): steps, meetings, sites, designs with their frozen counts, plan, quotes (companies), photos.
    /// </summary>
    public async Task<IReadOnlyList<RenewalView>> PublicAsync(int communityId, CancellationToken cancellationToken)
    {
        var projects = await db.Set<RenewalProject>().IgnoreQueryFilters().AsNoTracking().Where(p => p.CommunityId == communityId).OrderByDescending(p => p.Id)
            .Take(MaxPublic).ToListAsync(cancellationToken);
        return await BuildAsync(projects, pastScope: true, null, (_, photo) => $"/api/v1/public/renewal/photos/{photo}", cancellationToken);
    }

    /// <summary>
    /// Builds the views, each kind of part read once for all the projects. The public page reads them past the scope
    /// and leaves out who recorded each step.
    /// </summary>
    private async Task<IReadOnlyList<RenewalView>> BuildAsync(IReadOnlyList<RenewalProject> projects, bool pastScope, Preferences? poll, Func<int, int, string> photoUrl,
        CancellationToken cancellationToken)
    {
        IQueryable<T> Of<T>() where T : class => pastScope ? db.Set<T>().IgnoreQueryFilters().AsNoTracking() : db.Set<T>().AsNoTracking();
        var ids = projects.Select(p => p.Id).ToList();
        var regionIds = projects.Select(p => p.RegionId).Distinct().ToList();
        var now = Now;
        var places = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var steps = (await Of<RenewalStepEntry>().Where(s => ids.Contains(s.ProjectId)).OrderBy(s => s.On).ThenBy(s => s.Id).ToListAsync(cancellationToken)).ToLookup(s => s.ProjectId);
        var meetingRows = (await Of<RenewalMeeting>().Where(m => ids.Contains(m.ProjectId)).ToListAsync(cancellationToken)).ToLookup(m => m.ProjectId);
        var sites = (await Of<RenewalSite>().Where(s => ids.Contains(s.ProjectId)).OrderBy(s => s.Id).ToListAsync(cancellationToken)).ToLookup(s => s.ProjectId);
        var options = (await Of<DesignOption>().Where(o => ids.Contains(o.ProjectId)).OrderBy(o => o.Id).ToListAsync(cancellationToken)).ToLookup(o => o.ProjectId);
        var items = (await Of<PlanItem>().Where(i => ids.Contains(i.ProjectId)).OrderBy(i => i.Id).ToListAsync(cancellationToken)).ToLookup(i => i.ProjectId);
        var quotes = (await Of<ContractorQuote>().Where(q => ids.Contains(q.ProjectId)).OrderBy(q => q.Id).ToListAsync(cancellationToken)).ToLookup(q => q.ProjectId);
        var photos = (await Of<RenewalPhoto>().Where(x => ids.Contains(x.ProjectId)).OrderBy(x => x.Id).ToListAsync(cancellationToken))
            .ToLookup(x => x.ProjectId, x => new PhotoView(x.Id, x.Kind, x.Caption, x.BeforeId, photoUrl(x.ProjectId, x.Id)));
        return [.. projects.Select(p => new RenewalView(p.Id, p.CommunityId, p.RegionId, places[p.RegionId], p.Title, p.Summary,
            p.BudgetFen is { } fen ? Money.Yuan(fen) : null, p.FundedBy, p.Step, p.CompletedOn,
            [.. steps[p.Id].Select(s => new StepView(s.Step, s.On, s.Note, pastScope ? null : s.By))],
            [.. meetingRows[p.Id].OrderBy(m => m.Stage).Select(m => new RenewalMeetingView(m.Stage, m.MeetingId, m.Title, ChinaTime.ToOffset(m.StartsAt), m.StartsAt <= now))],
            [.. sites[p.Id].Select(s => new SiteView(s.Id, s.Name, s.Evidence, s.Id == p.ChosenSiteId))], p.SiteReason,
            [.. options[p.Id].Select(o => new OptionView(o.Id, o.Title, o.Description, o.Preferences ?? (poll?.Open == true ? poll.Options.GetValueOrDefault(o.Title) : null),
                o.Id == p.AdoptedOptionId))], p.OptionReason,
            p.PollSurveyId is { } survey && poll is not null ? new PollView(survey, poll.Open, poll.Answered, poll.Households, poll.Share) : null,
            [.. items[p.Id].Select(i => new PlanItemView(i.Id, i.What, i.Responsible, i.Dimensions, i.BudgetFen is { } b ? Money.Yuan(b) : null))],
            [.. quotes[p.Id].Select(q => new QuoteView(q.Id, q.Contractor, q.Scope, Money.Yuan(q.PriceFen), q.Note, q.Id == p.ChosenQuoteId))], p.QuoteReason,
            [.. photos[p.Id].Where(x => x.Kind == RenewalPhotoKind.Blueprint)],
            [.. photos[p.Id].Where(x => x.Kind == RenewalPhotoKind.Before).Select(b => new PhotoPair(b.Caption, b, photos[p.Id].FirstOrDefault(a => a.BeforeId == b.Id)))]))];
    }

    private static string Reason(Choice input)
    {
        var errors = new Dictionary<string, FieldError>();
        var reason = errors.Text(input.Reason, "reason", RenewalProject.MaxReason);
        if (input.Id is null) errors["id"] = new("Validation.Required");
        return errors.Count > 0 ? throw new FieldValidationException(errors) : reason;
    }

    private static async Task EnsureRoomAsync<T>(IQueryable<T> parts, CancellationToken cancellationToken, int max = MaxParts)
    {
        if (await parts.CountAsync(cancellationToken) >= max) throw new ConflictException("Renewal.TooMany", new Dictionary<string, object?> { ["max"] = max });
    }

    /// <summary>Saves a row a unique index keeps single (a stage's meeting, a before photo's after); a second is a conflict.</summary>
    private async Task SaveOnceAsync(string conflictKey, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException(conflictKey);
        }
    }

    private async Task<RenewalProject> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<RenewalProject>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException();
}
