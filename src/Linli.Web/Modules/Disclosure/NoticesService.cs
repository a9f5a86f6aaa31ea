using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Disclosure;

/// <summary>Notices with a display window and an archive anyone can search; withdrawn with a reason, never edited or deleted.</summary>
public sealed class NoticesService(LinliDb db, Residents.ResidentPlacement placement, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    /// <summary>A notice stays on display this long unless it says otherwise (the usual 公示期).</summary>
    public const int DefaultDisplayDays = 7;
    public const int MaxDisplayDays = 366;
    public const int PageSize = 50;

    public async Task<Notice> PublishAsync(NewNotice input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var title = errors.Text(input.Title, "title", Notice.MaxTitle);
        var body = errors.Text(input.Body, "body", Notice.MaxBody);
        if (input.Category is { } c && !Enum.IsDefined(c)) errors["category"] = new("Validation.Required");
        var today = ChinaTime.Today(clock);
        var from = input.DisplayFrom ?? today;
        if (from < today) errors["displayFrom"] = new("Disclosure.NoticeFromPast");
        var until = input.DisplayUntil ?? from.AddDays(DefaultDisplayDays - 1);
        if (until < from || until.DayNumber - from.DayNumber >= MaxDisplayDays) errors["displayUntil"] = new("Disclosure.NoticeWindow", MaxDisplayDays);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var regionId = input.RegionId ?? input.CommunityId.Value;
        if (!await placement.IsWithinCommunityAsync(regionId, input.CommunityId.Value, cancellationToken))
            throw new FieldValidationException("regionId", "Disclosure.RegionOutside");

        var notice = new Notice(input.CommunityId.Value, regionId, input.Category ?? NoticeCategory.Other, title, body, from, until, scope.UserName ?? "",
            clock.GetUtcNow().UtcDateTime);
        db.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("notice.published", "Notice", notice.Id.ToString(), $"community={notice.CommunityId} {from:yyyy-MM-dd}..{until:yyyy-MM-dd}", cancellationToken);
        return notice;
    }

    /// <summary>Publishes a notice on another module's behalf (a consultation's result) and answers with its id.</summary>
    public async Task<int> PublishForAsync(NewNotice input, CancellationToken cancellationToken) => (await PublishAsync(input, cancellationToken)).Id;

    /// <summary>Takes a notice off display with the reason; it stays in the archive, marked withdrawn.</summary>
    public async Task WithdrawAsync(int id, WithdrawNotice input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var reason = errors.Text(input.Reason, "reason", Notice.MaxReason);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (!await db.Set<Notice>().AnyAsync(n => n.Id == id, cancellationToken)) throw new NotFoundException();
        var now = clock.GetUtcNow().UtcDateTime;
        var done = await db.Set<Notice>().Where(n => n.Id == id && n.WithdrawnAt == null)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.WithdrawnAt, now).SetProperty(x => x.WithdrawnReason, reason), cancellationToken);
        if (done == 0) throw new ConflictException("Disclosure.NoticeWithdrawn");
        await audit.RecordAsync("notice.withdrawn", "Notice", id.ToString(), reason, cancellationToken);
    }

    /// <summary>Notices of the caller's communities (of one), newest first.</summary>
    public async Task<IReadOnlyList<NoticeView>> ListAsync(int? communityId, CancellationToken cancellationToken) =>
        await ViewsAsync(db.Set<Notice>().Where(n => communityId == null || n.CommunityId == communityId), null, cancellationToken);

    /// <summary>
    /// A community's notices as anyone sees them (no sign-in; read past the scope, listed in IgnoreQueryFiltersTests):
    /// those on display today, or the archive — every notice ever published, withdrawn ones marked — searched by words
    /// of the title or text, a page at a time (<paramref name="before"/>: the last id of the previous page).
    /// </summary>
    public async Task<IReadOnlyList<NoticeView>> PublicAsync(int communityId, bool archive, string? q, int? before, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var notices = db.Set<Notice>().IgnoreQueryFilters().Where(n => n.CommunityId == communityId && n.DisplayFrom <= today);
        if (!archive) notices = notices.Where(n => n.DisplayUntil >= today && n.WithdrawnAt == null);
        var words = q?.Trim() ?? "";
        if (words.Length > Notice.MaxTitle) throw new FieldValidationException("q", "Validation.MaxLength", Notice.MaxTitle);
        if (words.Length > 0) notices = notices.Where(n => n.Title.Contains(words) || n.Body.Contains(words));
        if (before is { } last) notices = notices.Where(n => n.Id < last);
        return await ViewsAsync(notices, PageSize, cancellationToken);
    }

    private async Task<IReadOnlyList<NoticeView>> ViewsAsync(IQueryable<Notice> notices, int? take, CancellationToken cancellationToken)
    {
        var ordered = notices.AsNoTracking().OrderByDescending(n => n.Id);
        var list = await (take is { } t ? ordered.Take(t) : ordered).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        return [.. list.Select(n => new NoticeView(n.Id, n.CommunityId, n.RegionId, n.Category, n.Title, n.Body, n.DisplayFrom, n.DisplayUntil,
            n.WithdrawnAt is null && n.DisplayFrom <= today && today <= n.DisplayUntil, ChinaTime.ToOffset(n.PublishedAt), ChinaTime.ToOffset(n.WithdrawnAt), n.WithdrawnReason))];
    }
}
