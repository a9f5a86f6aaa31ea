using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Surveys.Needs;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Web.Modules.Partners;

/// <summary>What partners gave the caller's communities, valued by a stated rule, and the needs linked to them (资源链接).</summary>
public sealed class ContributionsService(LinliDb db, PartnersService partners, ResidentPlacement placement, ActivityDirectory activities, NeedsService needs,
    Grants.GrantProjectDirectory projects, IOptions<PartnersOptions> options, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<ContributionCreated> RecordAsync(int partnerId, NewContribution input, CancellationToken cancellationToken)
    {
        var partner = await partners.FindAsync(partnerId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is not { } communityId || !await placement.CoversCommunityAsync(communityId, cancellationToken))
            errors["communityId"] = new("Partner.CommunityNotFound");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        if (input.Quantity is not { } quantity || quantity <= 0 || quantity > 1_000_000 || decimal.Round(quantity, 2) != quantity)
            errors["quantity"] = new("Validation.Range", 0.01m, 1_000_000);
        long? statedFen = input.Value is null ? null : Money.Fen(input.Value);
        if (input.Value is not null && statedFen is null) errors["value"] = new("Disclosure.AmountInvalid");
        else if (statedFen is null && input.Kind is ContributionKind.Cash or ContributionKind.Goods) errors["value"] = new("Partner.ValueRequired");
        var note = errors.Text(input.Note, "note", Contribution.MaxNote, required: false);
        var today = ChinaTime.Today(clock);
        var on = input.On ?? today;
        if (on > today) errors["on"] = new("Partner.DateInFuture");
        if (input.OfferId is { } offerId && !await db.Set<PartnerOffer>().AnyAsync(o => o.Id == offerId && o.PartnerId == partnerId, cancellationToken))
            errors["offerId"] = new("Partner.OfferNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (input.ActivityId is { } activityId && !await activities.IsInCommunityAsync(activityId, input.CommunityId!.Value, cancellationToken))
            errors["activityId"] = new("Partner.ActivityNotFound");
        if (input.GrantProjectId is { } projectId && await projects.CommunityOfAsync(projectId, cancellationToken) != input.CommunityId)
            errors["grantProjectId"] = new("Partner.ProjectNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var (fen, estimated, rule) = Value(input.Kind!.Value, input.Quantity!.Value, statedFen);
        var contribution = new Contribution(input.CommunityId!.Value, partner.Id, input.OfferId, input.Kind.Value, input.Quantity.Value, fen, estimated, rule, on,
            scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        contribution.Served(input.ActivityId, input.GrantProjectId, note.Length == 0 ? null : note);
        db.Add(contribution);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("partner.contribution", "Partner", partnerId.ToString(),
            $"contribution={contribution.Id} community={contribution.CommunityId} kind={contribution.Kind} fen={fen}", cancellationToken);
        return new ContributionCreated(contribution.Id, Money.Yuan(fen), estimated, rule);
    }

    /// <summary>The stated value when there is one; otherwise the quantity at the rate in settings, and the rule says which.</summary>
    private (long Fen, bool Estimated, string Rule) Value(ContributionKind kind, decimal quantity, long? statedFen)
    {
        if (statedFen is { } fen) return (fen, false, kind == ContributionKind.Cash ? "实收金额" : "按票据或协议金额");
        var (rate, unit) = kind switch
        {
            ContributionKind.Sessions => (options.Value.SessionYuan, "场"),
            ContributionKind.Hours => (options.Value.HourYuan, "小时"),
            _ => (options.Value.VenueHourYuan, "小时场地"),
        };
        return ((long)decimal.Round(quantity * rate * 100m), true, $"估值：{quantity:0.##} {unit} × {rate:0.##} 元");
    }

    /// <summary>Value given by partners in the communities the caller sees, per grant project (leverage: contributions / grant).</summary>
    public async Task<IReadOnlyDictionary<int, decimal>> ForProjectsAsync(IReadOnlyCollection<int> projectIds, CancellationToken cancellationToken) =>
        (await db.Set<Contribution>().Where(c => c.GrantProjectId != null && projectIds.Contains(c.GrantProjectId.Value))
            .GroupBy(c => c.GrantProjectId!.Value).Select(g => new { g.Key, Fen = g.Sum(c => c.ValueFen) }).ToListAsync(cancellationToken))
        .ToDictionary(x => x.Key, x => Money.Yuan(x.Fen));

    public async Task<int> LinkAsync(int partnerId, NewLinkage input, CancellationToken cancellationToken)
    {
        var partner = await partners.FindAsync(partnerId, cancellationToken);
        if (input.NeedId is not { } needId) throw new FieldValidationException("needId", "Validation.Required");
        var communityId = await needs.CommunityOfAsync(needId, cancellationToken);
        if (communityId is null || !scope.CoversCommunity(communityId.Value)) throw new FieldValidationException("needId", "Partner.NeedNotFound");
        if (input.OfferId is { } offerId && !await db.Set<PartnerOffer>().AnyAsync(o => o.Id == offerId && o.PartnerId == partnerId, cancellationToken))
            throw new FieldValidationException("offerId", "Partner.OfferNotFound");
        if (await db.Set<Linkage>().AnyAsync(l => l.NeedId == needId && l.PartnerId == partnerId && l.Outcome == LinkageOutcome.Pending, cancellationToken))
            throw new ConflictException("Partner.AlreadyLinked");
        var linkage = new Linkage(communityId.Value, needId, partner.Id, input.OfferId, scope.UserName ?? "", ChinaTime.Today(clock));
        db.Add(linkage);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("partner.linked", "Partner", partnerId.ToString(), $"linkage={linkage.Id} need={needId}", cancellationToken);
        return linkage.Id;
    }

    public async Task<LinkageView> CloseLinkAsync(int partnerId, int linkageId, LinkageUpdate input, CancellationToken cancellationToken)
    {
        var linkage = await db.Set<Linkage>().FirstOrDefaultAsync(l => l.Id == linkageId && l.PartnerId == partnerId, cancellationToken) ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome)) errors["outcome"] = new("Validation.Required");
        var feedback = errors.Text(input.Feedback, "feedback", Linkage.MaxFeedback, required: input.Outcome == LinkageOutcome.Declined);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        linkage.Close(input.Outcome!.Value, feedback.Length == 0 ? null : feedback, ChinaTime.Today(clock));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("partner.linkage", "Partner", partnerId.ToString(), $"linkage={linkageId} outcome={linkage.Outcome}", cancellationToken);
        return View(linkage);
    }

    internal static ContributionView View(Contribution c) => new(c.Id, c.CommunityId, c.Kind, c.Quantity, Money.Yuan(c.ValueFen), c.Estimated, c.ValuationRule, c.On,
        c.OfferId, c.ActivityId, c.GrantProjectId, c.Note, c.RecordedBy);

    internal static LinkageView View(Linkage l) => new(l.Id, l.CommunityId, l.NeedId, l.OfferId, l.Outcome, l.Feedback, l.LinkedBy, l.LinkedOn, l.ClosedOn);
}
