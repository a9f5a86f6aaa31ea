using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Web.Modules.Care.Requests;

/// <summary>
/// The "365" request line: residents ask from the portal (or staff write it down for them), each category has a
/// response target, staff acknowledge, assign and answer, the resident confirms and rates. Overdue requests go
/// before the community's head (<see cref="RequestEscalation"/>).
/// </summary>
public sealed class RequestsService(LinliDb db, SelfServiceService self, ResidentDirectory residents, ResidentPlacement placement, ResidentNotifier notifier,
    StaffDirectory staff, FileStore files, AuditLog audit, Platform.Scoping.AccessScope scope, IOptions<CareOptions> options, TimeProvider clock)
{
    public const int MaxTake = 500;
    public const string SubjectType = "ServiceRequest";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>When a request of this category received now is due.</summary>
    public DateTime DueFrom(RequestCategory category, DateTime receivedAt) =>
        receivedAt.AddHours(options.Value.ResponseHours.TryGetValue(category.ToString(), out var hours) ? hours : options.Value.DefaultResponseHours);

    public async Task<RequestCreated> FileOwnAsync(string userId, NewOwnRequest input, CancellationToken cancellationToken)
    {
        var own = await self.OwnResidentAsync(userId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var (category, text) = Checked(errors, input.Category, input.Text);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return await AddAsync(own.CommunityId, own.Id, own.UnitId ?? own.CommunityId, (category, RequestChannel.Portal), text, cancellationToken);
    }

    public async Task<RequestCreated> FileForAsync(NewStaffRequest input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var (category, text) = Checked(errors, input.Category, input.Text);
        if (input.Channel is not { } channel || !Enum.IsDefined(channel) || channel == RequestChannel.Portal) errors["channel"] = new("Validation.Required");
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var communityId = input.CommunityId!.Value;
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        if (input.ResidentId is { } residentId && (await residents.FindAsync(residentId, cancellationToken))?.CommunityId != communityId)
            throw new FieldValidationException("residentId", "Care.ResidentUnknown");
        var regionId = input.RegionId ?? communityId;
        if (!await placement.IsWithinCommunityAsync(regionId, communityId, cancellationToken)) throw new FieldValidationException("regionId", "Care.RegionOutside");
        return await AddAsync(communityId, input.ResidentId, regionId, (category, input.Channel!.Value), text, cancellationToken);
    }

    /// <summary>The resident's own requests (and their wards'), newest first.</summary>
    public async Task<IReadOnlyList<OwnRequestView>> OwnAsync(string userId, CancellationToken cancellationToken)
    {
        await self.OwnResidentAsync(userId, cancellationToken);
        return await db.Set<ServiceRequest>().AsNoTracking().OrderByDescending(r => r.Id).Take(100)
            .Select(r => new OwnRequestView(r.Id, r.Category, r.Status, r.Text, ChinaTime.ToOffset(r.ReceivedAt), ChinaTime.ToOffset(r.DueAt), ChinaTime.ToOffset(r.AnsweredAt), r.Response, r.Resolved, r.Rating,
                db.Set<RequestPhoto>().Count(p => p.RequestId == r.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The community's queue: open requests first, the most overdue on top, then answered and closed ones newest first;
    /// <paramref name="overdue"/> keeps only open ones past their target. Two queries, each reading its index in order.
    /// </summary>
    public async Task<IReadOnlyList<RequestLine>> ListAsync(int? communityId, bool overdue, RequestStatus? status, int? take, CancellationToken cancellationToken)
    {
        if (take is < 1 or > MaxTake) throw new FieldValidationException("take", "Validation.Range", 1, MaxTake);
        if (communityId is { } c) await placement.EnsureCommunityAsync(c, cancellationToken);
        var now = Now;
        var limit = take ?? 100;
        var requests = db.Set<ServiceRequest>().AsNoTracking().Where(r => communityId == null || r.CommunityId == communityId);
        if (status is { } s) requests = requests.Where(r => r.Status == s);
        var open = requests.Where(r => r.Status == RequestStatus.Received || r.Status == RequestStatus.Acknowledged || r.Status == RequestStatus.Assigned);
        if (overdue) open = open.Where(r => r.DueAt < now);
        var rows = await Lines(open.OrderBy(r => r.DueAt).ThenBy(r => r.Id), limit).ToListAsync(cancellationToken);
        if (!overdue && rows.Count < limit)
            rows.AddRange(await Lines(requests.Where(r => r.Status == RequestStatus.Answered || r.Status == RequestStatus.Closed)
                .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id), limit - rows.Count).ToListAsync(cancellationToken));
        var names = await residents.NamesAsync(rows.Select(r => r.Request.ResidentId).OfType<int>(), cancellationToken);
        var assignees = await staff.DisplayNamesAsync(rows.Select(r => r.Request.AssigneeId).OfType<string>(), cancellationToken);
        return [.. rows.Select(x => new RequestLine(x.Request.Id, x.Request.CommunityId, x.Place ?? "", x.Request.Category, x.Request.Channel, x.Request.Status,
            x.Request.ResidentId is { } id ? names.GetValueOrDefault(id) : null, x.Request.Text, ChinaTime.ToOffset(x.Request.ReceivedAt), ChinaTime.ToOffset(x.Request.DueAt),
            x.Request.IsOpen && x.Request.DueAt < now, x.Request.EscalatedAt is not null, x.Request.AssigneeId is { } a ? assignees.GetValueOrDefault(a) : null,
            x.Request.Rating))];
    }

    private IQueryable<PlacedRequest> Lines(IQueryable<ServiceRequest> ordered, int take) =>
        ordered.Take(take).Select(r => new PlacedRequest(r, db.Regions.Where(g => g.Id == r.RegionId).Select(g => g.Name).FirstOrDefault()));

    private sealed record PlacedRequest(ServiceRequest Request, string? Place);

    public async Task<RequestDetail> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var r = await FindAsync(id, cancellationToken);
        var place = await db.Regions.AsNoTracking().Where(g => g.Id == r.RegionId).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var resident = r.ResidentId is { } rid ? (await residents.NamesAsync([rid], cancellationToken)).GetValueOrDefault(rid) : null;
        var assignee = r.AssigneeId is { } a ? (await staff.DisplayNamesAsync([a], cancellationToken)).GetValueOrDefault(a) : null;
        var photos = await db.Set<RequestPhoto>().AsNoTracking().Where(p => p.RequestId == id).OrderBy(p => p.Id).Select(p => p.FileId).ToListAsync(cancellationToken);
        return new RequestDetail(r.Id, r.CommunityId, place, r.Category, r.Channel, r.Status, r.ResidentId, resident, r.Text, ChinaTime.ToOffset(r.ReceivedAt), ChinaTime.ToOffset(r.DueAt),
            r.IsOpen && r.DueAt < Now, ChinaTime.ToOffset(r.EscalatedAt), ChinaTime.ToOffset(r.AcknowledgedAt), assignee, ChinaTime.ToOffset(r.AnsweredAt), r.Response,
            ChinaTime.ToOffset(r.ClosedAt), r.Resolved, r.Rating, r.Comment, r.CaseId, r.MediationId, r.NeedId, photos);
    }

    /// <summary>Staff move the request on. An answer is sent to the resident; a closed request takes nothing more.</summary>
    public async Task<RequestDetail> UpdateAsync(int id, RequestUpdate input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Status is not { } status || !Enum.IsDefined(status) || status == RequestStatus.Received) errors["status"] = new("Validation.Required");
        var response = errors.Text(input.Response, "response", ServiceRequest.MaxText, required: input.Status == RequestStatus.Answered);
        var request = await db.Set<ServiceRequest>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        StaffMember? assignee = null;
        if (input.Status == RequestStatus.Assigned)
        {
            assignee = await staff.FindAsync(request.CommunityId, string.IsNullOrWhiteSpace(input.AssigneeId) ? user.UserId() : input.AssigneeId.Trim(), Platform.Identity.Roles.FrontLine,
                cancellationToken);
            if (assignee is null) errors["assigneeId"] = new("Care.WorkerUnknown");
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (request.Status == RequestStatus.Closed) throw new ConflictException("Care.RequestClosed");
        var now = Now;
        switch (input.Status!.Value)
        {
            case RequestStatus.Acknowledged: request.Acknowledge(now); break;
            case RequestStatus.Assigned: request.Assign(assignee!.Id, now); break;
            case RequestStatus.Answered: request.Answer(response, now); break;
            default: request.Close(now); break;
        }
        if (request.Status == RequestStatus.Answered && request.ResidentId is { } residentId)
            await notifier.NotifyAsync(residentId, "Care.RequestAnswered", [request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], "/portal/requests", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.request-updated", SubjectType, id.ToString(), $"status={request.Status}", cancellationToken);
        return await ReadAsync(id, cancellationToken);
    }

    /// <summary>The resident's confirmation of an answered request: resolved closes it with the rating; not resolved sends it back to work with a fresh target.</summary>
    public async Task<OwnRequestView> ConfirmAsync(string userId, int id, RequestConfirmation input, CancellationToken cancellationToken)
    {
        await self.OwnResidentAsync(userId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.Resolved is null) errors["resolved"] = new("Validation.Required");
        if (input.Rating is < 1 or > 5 || (input.Resolved == true && input.Rating is null)) errors["rating"] = new("Validation.Range", 1, 5);
        var comment = errors.Text(input.Comment, "comment", ServiceRequest.MaxComment, required: false);
        var request = await db.Set<ServiceRequest>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (request.Status != RequestStatus.Answered) throw new ConflictException("Care.RequestNotAnswered");
        var now = Now;
        request.Confirm(input.Resolved!.Value, input.Rating, comment.Length == 0 ? null : comment, now, DueFrom(request.Category, now));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.request-confirmed", SubjectType, id.ToString(), $"resolved={input.Resolved} rating={input.Rating}", cancellationToken);
        return (await OwnAsync(userId, cancellationToken)).First(r => r.Id == id);
    }

    /// <summary>A photo on a request not yet closed, by its resident (or staff); three at most.</summary>
    public async Task AddPhotoAsync(int id, Stream content, string by, CancellationToken cancellationToken)
    {
        var request = await FindAsync(id, cancellationToken);
        if (request.Status == RequestStatus.Closed) throw new ConflictException("Care.RequestClosed");
        if (await db.Set<RequestPhoto>().CountAsync(p => p.RequestId == id, cancellationToken) >= RequestPhoto.MaxPerRequest)
            throw new FieldValidationException("file", "Care.TooManyPhotos", RequestPhoto.MaxPerRequest);
        db.Add(new RequestPhoto(request, (await files.AddImageAsync(content, "file", by, cancellationToken)).Id));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<StoredFile> PhotoAsync(int id, Guid fileId, CancellationToken cancellationToken)
    {
        var known = await db.Set<RequestPhoto>().AnyAsync(p => p.RequestId == id && p.FileId == fileId, cancellationToken);
        return (known ? await files.FindAsync(fileId, cancellationToken) : null) ?? throw new NotFoundException();
    }

    /// <summary>Whether the resident asking owns the request (their own or a ward's): the scope decides, as for every personal record.</summary>
    public async Task EnsureOwnAsync(string userId, int id, CancellationToken cancellationToken)
    {
        await self.OwnResidentAsync(userId, cancellationToken);
        await FindAsync(id, cancellationToken);
    }

    /// <summary>How many of a community's requests are past their target and not answered, for the workbench.</summary>
    public async Task<int> OverdueCountAsync(int communityId, CancellationToken cancellationToken)
    {
        var now = Now;
        return await db.Set<ServiceRequest>().CountAsync(r => r.CommunityId == communityId
            && (r.Status == RequestStatus.Received || r.Status == RequestStatus.Acknowledged || r.Status == RequestStatus.Assigned) && r.DueAt < now, cancellationToken);
    }

    internal async Task<ServiceRequest> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<ServiceRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();

    private async Task<RequestCreated> AddAsync(int communityId, int? residentId, int regionId, (RequestCategory, RequestChannel) kind, string text, CancellationToken cancellationToken)
    {
        var now = Now;
        var request = new ServiceRequest(communityId, residentId, regionId, kind, text, now, DueFrom(kind.Item1, now), scope.UserName ?? "");
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.request-filed", SubjectType, request.Id.ToString(), $"community={communityId} category={request.Category} channel={request.Channel}", cancellationToken);
        return new RequestCreated(request.Id, ChinaTime.ToOffset(request.DueAt));
    }

    private static (RequestCategory, string) Checked(Dictionary<string, FieldError> errors, RequestCategory? category, string? text)
    {
        if (category is not { } c || !Enum.IsDefined(c)) errors["category"] = new("Validation.Required");
        return (category ?? RequestCategory.Other, errors.Text(text, "text", ServiceRequest.MaxText));
    }
}
