using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Records;

/// <summary>
/// After the activity: the record (summary, photos), the satisfaction forms summed up, and the public page that
/// spreads it and leads to the next sign-up (activity → record → spread → take part again).
/// </summary>
public sealed class RecordsService(LinliDb db, FileStore files, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static string PublicPath(int activityId) => $"/a/{activityId}";

    public async Task<RecordView> ViewAsync(int activityId, CancellationToken cancellationToken)
    {
        var activity = await InScopeAsync(activityId, cancellationToken);
        var record = await db.Set<ActivityRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.ActivityId == activity.Id, cancellationToken);
        var photos = await db.Set<ActivityPhoto>().AsNoTracking().Where(p => p.ActivityId == activity.Id).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return new RecordView(activity.Id, record?.Summary ?? "", record?.WrittenBy, ChinaTime.ToOffset(record?.UpdatedAt), ChinaTime.ToOffset(record?.PublishedAt), PublicPath(activity.Id),
            [.. photos.Select(View)], await SatisfactionAsync(activity.Id, cancellationToken));
    }

    /// <summary>Writes (or rewrites) the summary; published, it shows on the public page. Only once the activity has begun.</summary>
    public async Task<RecordView> WriteAsync(int activityId, WriteRecordRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var activity = await InScopeAsync(activityId, cancellationToken);
        EnsureUnderway(activity);
        var summary = request.Summary?.Trim() ?? "";
        if (summary.Length > ActivityRecord.MaxSummary) throw new FieldValidationException("summary", "Validation.MaxLength", ActivityRecord.MaxSummary);
        var publish = request.Published ?? false;
        if (publish && summary.Length == 0) throw new FieldValidationException("summary", "ActivityRecord.SummaryRequired");

        var record = await db.Set<ActivityRecord>().FirstOrDefaultAsync(r => r.ActivityId == activity.Id, cancellationToken);
        if (record is null) db.Set<ActivityRecord>().Add(record = new ActivityRecord(activity));
        var wasPublished = record.PublishedAt is not null;
        record.Write(summary, publish, user.Identity?.Name ?? "", Now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people wrote the first version at once; the other one's is kept, this one is asked to look again.
            throw new ConflictException("ActivityRecord.WrittenMeanwhile");
        }
        if (publish != wasPublished)
            await audit.RecordAsync(publish ? "activity.record-published" : "activity.record-withdrawn", "Activity", activity.Id.ToString(), "", cancellationToken);
        return await ViewAsync(activity.Id, cancellationToken);
    }

    public async Task<PhotoView> AddPhotoAsync(int activityId, Stream content, string? caption, bool isPublic, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var activity = await InScopeAsync(activityId, cancellationToken);
        EnsureUnderway(activity);
        caption = CheckedCaption(caption);
        if (await db.Set<ActivityPhoto>().CountAsync(p => p.ActivityId == activity.Id, cancellationToken) >= ActivityPhoto.MaxPerActivity)
            throw new ConflictException("ActivityRecord.TooManyPhotos", new Dictionary<string, object?> { ["maxPhotos"] = ActivityPhoto.MaxPerActivity });
        var who = user.Identity?.Name ?? "";
        var file = await files.AddImageAsync(content, "file", who, cancellationToken);
        var photo = new ActivityPhoto(activity, file.Id, caption, isPublic, who, Now);
        db.Set<ActivityPhoto>().Add(photo);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("activity.photo-added", "Activity", activity.Id.ToString(), $"photo={photo.Id} public={isPublic}", cancellationToken);
        return View(photo);
    }

    public async Task<PhotoView> DescribePhotoAsync(int activityId, int photoId, DescribePhotoRequest request, CancellationToken cancellationToken)
    {
        var photo = await PhotoAsync(activityId, photoId, cancellationToken);
        var isPublic = request.IsPublic ?? photo.IsPublic;
        photo.Describe(CheckedCaption(request.Caption), isPublic);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("activity.photo-described", "Activity", activityId.ToString(), $"photo={photo.Id} public={isPublic}", cancellationToken);
        return View(photo);
    }

    /// <summary>Removes the photo and its file together.</summary>
    public async Task RemovePhotoAsync(int activityId, int photoId, CancellationToken cancellationToken)
    {
        var photo = await PhotoAsync(activityId, photoId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<ActivityPhoto>().Remove(photo);
        await db.SaveChangesAsync(cancellationToken);
        await files.RemoveAsync(photo.FileId, cancellationToken);
        await audit.RecordAsync("activity.photo-removed", "Activity", activityId.ToString(), $"photo={photo.Id}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A photo's bytes for staff of the activity's community.</summary>
    public async Task<StoredFile> PhotoFileAsync(int activityId, int photoId, CancellationToken cancellationToken)
    {
        var photo = await PhotoAsync(activityId, photoId, cancellationToken);
        return await files.FindAsync(photo.FileId, cancellationToken) ?? throw new NotFoundException();
    }

    /// <summary>A photo for anyone: only a public photo of a published record, else nothing (404), as if it did not exist.</summary>
    public async Task<StoredFile?> PublicPhotoFileAsync(int activityId, int photoId, CancellationToken cancellationToken)
    {
        var fileId = await db.Set<ActivityPhoto>().IgnoreQueryFilters()
            .Where(p => p.Id == photoId && p.ActivityId == activityId && p.IsPublic)
            .Where(p => db.Set<ActivityRecord>().IgnoreQueryFilters().Any(r => r.ActivityId == activityId && r.PublishedAt != null))
            .Select(p => (Guid?)p.FileId).FirstOrDefaultAsync(cancellationToken);
        return fileId is { } id ? await files.FindAsync(id, cancellationToken) : null;
    }

    /// <summary>The public page's content, or null for a draft or an unknown activity.</summary>
    public async Task<PublicActivity?> PublicAsync(int activityId, CancellationToken cancellationToken)
    {
        var activity = await db.Set<Activity>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == activityId && a.Status != ActivityStatus.Draft, cancellationToken);
        if (activity is null) return null;
        var community = await db.Set<RegionNode>().IgnoreQueryFilters().Where(r => r.Id == activity.CommunityId).Select(r => r.Name).FirstAsync(cancellationToken);
        var record = await db.Set<ActivityRecord>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.ActivityId == activityId && r.PublishedAt != null, cancellationToken);
        IReadOnlyList<PublicPhoto> photos = record is null ? [] : await db.Set<ActivityPhoto>().IgnoreQueryFilters()
            .Where(p => p.ActivityId == activityId && p.IsPublic).OrderBy(p => p.Id).Select(p => new PublicPhoto(p.Id, p.Caption)).ToListAsync(cancellationToken);
        var personTimes = await db.Set<CheckIn>().IgnoreQueryFilters().CountAsync(c => c.ActivityId == activityId, cancellationToken);
        var ratings = await db.Set<Rating>().IgnoreQueryFilters().Where(r => r.ActivityId == activityId).GroupBy(r => 1)
            .Select(g => new { Count = g.Count(), Average = g.Average(r => (double)r.Score) }).FirstOrDefaultAsync(cancellationToken);
        return new PublicActivity(activity.Id, activity.Title, community, activity.Category, activity.Place, ChinaTime.ToOffset(activity.StartsAt),
            ChinaTime.ToOffset(activity.EndsAt), activity.Status, activity.Description, activity.Capacity - activity.ConfirmedCount, activity.TakesSignUps(Now),
            record?.Summary, photos, personTimes, ratings is null ? null : Math.Round(ratings.Average, 1), ratings?.Count ?? 0,
            await NextAsync(activity, cancellationToken));
    }

    /// <summary>The next date of the same series that still takes sign-ups, else the community's next such activity.</summary>
    private async Task<NextActivity?> NextAsync(Activity activity, CancellationToken cancellationToken)
    {
        var now = Now;
        var open = db.Set<Activity>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.CommunityId == activity.CommunityId && a.Id != activity.Id && a.Status == ActivityStatus.Published && a.StartsAt > now
                && (a.SignUpClosesAt ?? a.StartsAt) > now && (a.SignUpOpensAt == null || a.SignUpOpensAt <= now))
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id);
        var next = (activity.SeriesId is { } series ? await open.FirstOrDefaultAsync(a => a.SeriesId == series, cancellationToken) : null)
            ?? await open.FirstOrDefaultAsync(cancellationToken);
        return next is null ? null : new NextActivity(next.Id, next.Title, ChinaTime.ToOffset(next.StartsAt), next.Place, next.Capacity - next.ConfirmedCount);
    }

    private async Task<SatisfactionSummary> SatisfactionAsync(int activityId, CancellationToken cancellationToken)
    {
        var forms = await db.Set<Rating>().IgnoreQueryFilters().AsNoTracking().Where(r => r.ActivityId == activityId)
            .Select(r => new { r.Score, r.Content, r.Organisation, r.WouldReturn, r.Comment }).ToListAsync(cancellationToken);
        static double? Average(IEnumerable<int> scores) => scores.Any() ? Math.Round(scores.Average(), 1) : null;
        var returnAnswers = forms.Where(f => f.WouldReturn is not null).ToList();
        return new SatisfactionSummary(forms.Count, Average(forms.Select(f => f.Score)), Average(forms.Where(f => f.Content is not null).Select(f => f.Content!.Value)),
            Average(forms.Where(f => f.Organisation is not null).Select(f => f.Organisation!.Value)), returnAnswers.Count,
            returnAnswers.Count == 0 ? null : Math.Round(100m * returnAnswers.Count(f => f.WouldReturn == true) / returnAnswers.Count, 2, MidpointRounding.AwayFromZero),
            [.. forms.Where(f => f.Comment is not null).Select(f => f.Comment!)]);
    }

    private async Task<Activity> InScopeAsync(int activityId, CancellationToken cancellationToken) =>
        await db.Set<Activity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken) ?? throw new NotFoundException();

    private async Task<ActivityPhoto> PhotoAsync(int activityId, int photoId, CancellationToken cancellationToken) =>
        await db.Set<ActivityPhoto>().FirstOrDefaultAsync(p => p.Id == photoId && p.ActivityId == activityId, cancellationToken) ?? throw new NotFoundException();

    /// <summary>A record tells what happened: not for a draft, a cancelled activity, or one that has not begun.</summary>
    private void EnsureUnderway(Activity activity)
    {
        if (activity.Status is ActivityStatus.Draft or ActivityStatus.Cancelled || activity.StartsAt > Now)
            throw new ConflictException("ActivityRecord.NotUnderway");
    }

    private static string? CheckedCaption(string? caption)
    {
        caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
        return caption is { Length: > 200 } ? throw new FieldValidationException("caption", "Validation.MaxLength", 200) : caption;
    }

    private static PhotoView View(ActivityPhoto photo) =>
        new(photo.Id, photo.Caption, photo.IsPublic, $"/api/v1/activities/{photo.ActivityId}/photos/{photo.Id}");

}
