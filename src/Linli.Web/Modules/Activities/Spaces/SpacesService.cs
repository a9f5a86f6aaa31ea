using System.Security.Claims;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Spaces;

public sealed record NewSpace(int? CommunityId, string? Name, int? Capacity, bool? NeedsApproval, IReadOnlyList<OpeningView>? OpeningHours,
    SpaceKind? Kind = null, int? BufferMinutes = null, int? MaxBookingMinutes = null, int? BookAheadDays = null, bool? ResidentsMayBook = null);

public sealed record SpaceView(int Id, int CommunityId, string Name, SpaceKind Kind, int Capacity, bool NeedsApproval, int BufferMinutes, int? MaxBookingMinutes,
    int BookAheadDays, bool ResidentsMayBook, IReadOnlyList<OpeningView> OpeningHours, IReadOnlyList<ClosureView> Closures);

public sealed record OpeningView(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

public sealed record ClosureView(int Id, DateOnly On, string Reason);

public sealed record BookingInput(DateTime? StartsAt, DateTime? EndsAt, string? Purpose, string? GroupName);

public sealed record BookingView(int Id, int SpaceId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Purpose, BookingStatus Status,
    string? GroupName = null, int? Visitors = null, string? SpaceName = null);

/// <summary>One date of a weekly series that could not be booked, and why.</summary>
public sealed record SeriesConflict(DateTimeOffset StartsAt, string Reason, int? ConflictingBookingId);

public sealed record SeriesResult(string SeriesKey, IReadOnlyList<BookingView> Booked, IReadOnlyList<SeriesConflict> Conflicts);

/// <summary>
/// Spaces, their rules and closures, and bookings by staff, resident groups and residents. Overlaps (with the
/// buffer) are refused by the database and reported with the booking in the way.
/// </summary>
public sealed class SpacesService(IAuthorizationService authorization, LinliDb db, Residents.ResidentPlacement placement, SelfServiceService self, ResidentNotifier notifier,
    AuditLog audit, Texts texts, TimeProvider clock)
{
    public const int MaxSeriesWeeks = 52;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Space> CreateAsync(NewSpace input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null || !await placement.CoversCommunityAsync(input.CommunityId.Value, cancellationToken))
            errors["communityId"] = new("Activity.CommunityNotFound");
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100) errors["name"] = new("Space.NameRequired");
        if (input.Capacity is not { } seats || seats < 1 || seats > 10_000) errors["capacity"] = new("Activity.CapacityInvalid");
        var hours = input.OpeningHours;
        if (hours is not null && (hours.Any(h => h.Closes <= h.Opens) || hours.DistinctBy(h => h.Day).Count() != hours.Count))
            errors["openingHours"] = new("Space.HoursInvalid");
        if (input.Kind is { } kind && !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Invalid");
        if (input.BufferMinutes is < 0 or > 240) errors["bufferMinutes"] = new("Space.BufferInvalid");
        if (input.MaxBookingMinutes is < 15 or > 1440) errors["maxBookingMinutes"] = new("Space.MaxLengthInvalid");
        if (input.BookAheadDays is < 1 or > 366) errors["bookAheadDays"] = new("Space.BookAheadInvalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var space = new Space(input.CommunityId!.Value, name, input.Capacity!.Value, input.NeedsApproval ?? false, Now);
        space.SetRules(input.Kind ?? SpaceKind.Other, input.BufferMinutes ?? 0, input.MaxBookingMinutes, input.BookAheadDays ?? 60, input.ResidentsMayBook ?? true);
        db.Set<Space>().Add(space);
        await db.SaveChangesAsync(cancellationToken);
        var opening = hours?.Select(h => (h.Day, h.Opens, h.Closes)) ?? SpaceOpening.Default;
        db.Set<SpaceOpening>().AddRange(opening.Select(h => new SpaceOpening(space.Id, h.Item1, h.Item2, h.Item3)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("space.created", "Space", space.Id.ToString(), $"community={space.CommunityId}", cancellationToken);
        return space;
    }

    /// <summary>Creates a space and answers with its view: how another module (a station's demo) makes one.</summary>
    public async Task<SpaceView> CreateViewAsync(NewSpace input, CancellationToken cancellationToken) => await ViewOfAsync(await CreateAsync(input, cancellationToken), cancellationToken);

    public async Task<SpaceView> ViewAsync(int id, CancellationToken cancellationToken)
    {
        var space = await db.Set<Space>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();
        return await ViewOfAsync(space, cancellationToken);
    }

    public async Task<IReadOnlyList<SpaceView>> ListAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var spaces = await db.Set<Space>().AsNoTracking().Where(s => s.CommunityId == communityId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return await ViewsOfAsync(spaces, cancellationToken);
    }

    /// <summary>A day the space is closed. Live bookings that day stay (someone must call them); their ids come back.</summary>
    public async Task<(SpaceClosure Closure, IReadOnlyList<int> Affected)> CloseAsync(int spaceId, DateOnly? on, string? reason, CancellationToken cancellationToken)
    {
        var space = await db.Set<Space>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == spaceId, cancellationToken) ?? throw new NotFoundException();
        if (on is null || on < ChinaTime.Today(clock)) throw new FieldValidationException("on", "Space.ClosureDate");
        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > 100) throw new FieldValidationException("reason", "Space.ClosureReason");
        if (await db.Set<SpaceClosure>().AnyAsync(c => c.SpaceId == spaceId && c.On == on, cancellationToken)) throw new ConflictException("Space.AlreadyClosed");
        var closure = new SpaceClosure(space, on.Value, reason);
        db.Set<SpaceClosure>().Add(closure);
        await db.SaveChangesAsync(cancellationToken);
        var (from, to) = (ChinaTime.ToUtc(on.Value.ToDateTime(TimeOnly.MinValue)), ChinaTime.ToUtc(on.Value.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var affected = await db.Set<Booking>().Where(b => b.SpaceId == spaceId && b.StartsAt < to && b.EndsAt > from
            && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed)).Select(b => b.Id).ToListAsync(cancellationToken);
        return (closure, affected);
    }

    public async Task<Booking> BookAsync(int spaceId, BookingInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (space, residentId) = await BookableAsync(spaceId, user, cancellationToken);
        var (start, end, purpose, group) = await CheckAsync(space, input, cancellationToken);
        var booking = new Booking(space, start, end, purpose, group, residentId, null, user.Identity?.Name ?? "", Now);
        await SaveAsync(booking, cancellationToken);
        await audit.RecordAsync("space.booked", "Space", spaceId.ToString(), $"booking={booking.Id}", cancellationToken);
        return booking;
    }

    /// <summary>
    /// The room for an activity, booked by staff under the space's rules; returns the booking and the space's name.
    /// A space that needs approval is taken as approved: staff booking for their own activity are the approvers.
    /// </summary>
    /// <summary>The room a booking holds, for an activity held there; null when the caller cannot see the booking.</summary>
    public async Task<string?> RoomOfBookingAsync(int bookingId, CancellationToken cancellationToken) =>
        await db.Set<Booking>().AsNoTracking().Where(b => b.Id == bookingId)
            .Join(db.Set<Space>(), b => b.SpaceId, s => s.Id, (_, s) => s.Name).FirstOrDefaultAsync(cancellationToken);

    public async Task<(Booking Booking, string SpaceName)> BookForActivityAsync(int spaceId, DateTime startsAt, DateTime endsAt, string title, string bookedBy,
        CancellationToken cancellationToken)
    {
        var space = await db.Set<Space>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == spaceId, cancellationToken)
            ?? throw new FieldValidationException("spaceId", "Space.NotFound");
        var (start, end, purpose, _) = await CheckAsync(space, new BookingInput(startsAt, endsAt, title.Length > 200 ? title[..200] : title, null), cancellationToken);
        var booking = new Booking(space, start, end, purpose, null, null, null, bookedBy, Now);
        booking.Approve();
        await SaveAsync(booking, cancellationToken);
        return (booking, space.Name);
    }

    /// <summary>Frees the room of a cancelled activity.</summary>
    public Task ReleaseAsync(int bookingId, CancellationToken cancellationToken) =>
        db.Set<Booking>().Where(b => b.Id == bookingId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Cancelled), cancellationToken);

    /// <summary>The same hours every week for <paramref name="weeks"/> weeks; every date that cannot be booked is reported, the rest are booked.</summary>
    public async Task<SeriesResult> BookWeeklyAsync(int spaceId, BookingInput input, int? weeks, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (weeks is not (>= 2 and <= MaxSeriesWeeks)) throw new FieldValidationException("weeks", "Space.WeeksInvalid", MaxSeriesWeeks);
        var (space, residentId) = await BookableAsync(spaceId, user, cancellationToken);
        var first = ChinaTime.FromInput(input.StartsAt);
        var firstEnd = ChinaTime.FromInput(input.EndsAt);
        if (first is null || firstEnd is null) await CheckAsync(space, input, cancellationToken);
        var key = Guid.NewGuid().ToString("N");
        var booked = new List<BookingView>();
        var conflicts = new List<SeriesConflict>();
        for (var week = 0; week < weeks; week++)
        {
            // Weekly in China time; China has no daylight saving, so a UTC week is a local week. The times are UTC now, which FromInput keeps.
            var occurrence = input with { StartsAt = first!.Value.AddDays(7 * week), EndsAt = firstEnd!.Value.AddDays(7 * week) };
            try
            {
                var (start, end, purpose, group) = await CheckAsync(space, occurrence, cancellationToken);
                var booking = new Booking(space, start, end, purpose, group, residentId, key, user.Identity?.Name ?? "", Now);
                await SaveAsync(booking, cancellationToken);
                booked.Add(View(booking));
            }
            catch (FieldValidationException e) when (week > 0)
            {
                var error = e.Errors.Values.First();
                conflicts.Add(new SeriesConflict(ChinaTime.ToOffset(occurrence.StartsAt!.Value), texts.Format(error.MessageKey, [.. error.Arguments]), null));
            }
            catch (ConflictException e) when (e.Message == "Space.Overlap")
            {
                conflicts.Add(new SeriesConflict(ChinaTime.ToOffset(occurrence.StartsAt!.Value), texts[e.Message], e.Details.GetValueOrDefault("conflictingBookingId") as int?));
            }
        }
        await audit.RecordAsync("space.booked-series", "Space", spaceId.ToString(), $"series={key} booked={booked.Count} conflicts={conflicts.Count}", cancellationToken);
        return new SeriesResult(key, booked, conflicts);
    }

    public Task<Booking> ApproveAsync(int bookingId, CancellationToken cancellationToken) =>
        DecideAsync(bookingId, BookingStatus.Confirmed, "Notify.BookingApproved", cancellationToken);

    public Task<Booking> RejectAsync(int bookingId, CancellationToken cancellationToken) =>
        DecideAsync(bookingId, BookingStatus.Rejected, "Notify.BookingRejected", cancellationToken);

    /// <summary>Staff cancel any booking in scope; a resident their own.</summary>
    public async Task CancelAsync(int bookingId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var booking = await BookingForAsync(bookingId, user, cancellationToken);
        if (!booking.IsLive) throw new ConflictException("Space.NotLive");
        await db.Set<Booking>().Where(b => b.Id == bookingId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Cancelled), cancellationToken);
        await audit.RecordAsync("space.cancelled", "Space", booking.SpaceId.ToString(), $"booking={bookingId}", cancellationToken);
    }

    /// <summary>How many people came, counted at the door afterwards.</summary>
    public async Task RecordVisitorsAsync(int bookingId, int? visitors, CancellationToken cancellationToken)
    {
        if (visitors is not (>= 0 and <= 100_000)) throw new FieldValidationException("visitors", "Space.VisitorsInvalid");
        var booking = await db.Set<Booking>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken) ?? throw new NotFoundException();
        if (booking.Status != BookingStatus.Confirmed || booking.StartsAt > Now) throw new ConflictException("Space.VisitorsBeforeUse");
        await db.Set<Booking>().Where(b => b.Id == bookingId).ExecuteUpdateAsync(s => s.SetProperty(b => b.Visitors, visitors), cancellationToken);
    }

    /// <summary>A space's live and past bookings starting in [from, to) (China dates).</summary>
    public async Task<IReadOnlyList<BookingView>> BookingsAsync(int spaceId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (!await db.Set<Space>().AnyAsync(s => s.Id == spaceId, cancellationToken)) throw new NotFoundException();
        var (start, end) = (ChinaTime.ToUtc(from.ToDateTime(TimeOnly.MinValue)), ChinaTime.ToUtc(to.ToDateTime(TimeOnly.MinValue)));
        var rows = await db.Set<Booking>().AsNoTracking().Where(b => b.SpaceId == spaceId && b.StartsAt >= start && b.StartsAt < end)
            .OrderBy(b => b.StartsAt).Take(1000).ToListAsync(cancellationToken);
        return [.. rows.Select(View)];
    }

    /// <summary>Bookings waiting for approval in a community, oldest first.</summary>
    public async Task<IReadOnlyList<BookingView>> PendingAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var rows = await db.Set<Booking>().AsNoTracking().Where(b => b.CommunityId == communityId && b.Status == BookingStatus.Pending)
            .Join(db.Set<Space>(), b => b.SpaceId, s => s.Id, (b, s) => new { b, s.Name }).OrderBy(x => x.b.StartsAt).Take(200).ToListAsync(cancellationToken);
        return [.. rows.Select(x => View(x.b) with { SpaceName = x.Name })];
    }

    /// <summary>The spaces residents may book in their own community, and their own live and coming bookings.</summary>
    /// <summary>How many days ahead the portal's booking form shows the free times.</summary>
    public const int FreeTimesAhead = 7;

    public async Task<(IReadOnlyList<SpaceView> Spaces, IReadOnlyList<BookingView> Mine, IReadOnlyList<FreeDay> Free)> ForResidentAsync(string userId,
        CancellationToken cancellationToken)
    {
        var me = await self.OwnResidentAsync(userId, cancellationToken);
        var spaces = await db.Set<Space>().AsNoTracking().Where(s => s.CommunityId == me.CommunityId && s.ResidentsMayBook)
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var views = await ViewsOfAsync(spaces, cancellationToken);
        var now = Now;
        var mine = await db.Set<Booking>().AsNoTracking().Where(b => b.ResidentId == me.Id && b.EndsAt > now)
            .Join(db.Set<Space>(), b => b.SpaceId, s => s.Id, (b, s) => new { b, s.Name }).OrderBy(x => x.b.StartsAt).ToListAsync(cancellationToken);
        return (views, [.. mine.Select(x => View(x.b) with { SpaceName = x.Name })], await FreeAsync(views, cancellationToken));
    }

    /// <summary>The coming days' free times of the spaces; when a room is taken is a fact about everyone's bookings (no one is named).</summary>
    private async Task<IReadOnlyList<FreeDay>> FreeAsync(IReadOnlyList<SpaceView> spaces, CancellationToken cancellationToken)
    {
        var ids = spaces.Select(s => s.Id).ToList();
        var today = ChinaTime.Today(clock);
        var (from, to) = (ChinaTime.ToUtc(today.ToDateTime(TimeOnly.MinValue)), ChinaTime.ToUtc(today.AddDays(FreeTimesAhead).ToDateTime(TimeOnly.MinValue)));
        var live = (await db.Set<Booking>().IgnoreQueryFilters().AsNoTracking()
            .Where(b => ids.Contains(b.SpaceId) && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed) && b.StartsAt < to && b.BlockedUntil > from)
            .Select(b => new { b.SpaceId, b.StartsAt, b.BlockedUntil }).ToListAsync(cancellationToken)).ToLookup(b => b.SpaceId, b => (b.StartsAt, b.BlockedUntil));
        return [.. spaces.SelectMany(space => Enumerable.Range(0, FreeTimesAhead).Select(d => FreeTimes.Of(space, today.AddDays(d), live[space.Id])))];
    }

    public static BookingView View(Booking b) => new(b.Id, b.SpaceId, ChinaTime.ToOffset(b.StartsAt), ChinaTime.ToOffset(b.EndsAt), b.Purpose, b.Status, b.GroupName, b.Visitors);

    private async Task<SpaceView> ViewOfAsync(Space space, CancellationToken cancellationToken) => (await ViewsOfAsync([space], cancellationToken))[0];

    /// <summary>Spaces with their opening hours and coming closures, two queries for any number of spaces.</summary>
    private async Task<IReadOnlyList<SpaceView>> ViewsOfAsync(IReadOnlyList<Space> spaces, CancellationToken cancellationToken)
    {
        var ids = spaces.Select(s => s.Id).ToList();
        var hours = (await db.Set<SpaceOpening>().AsNoTracking().Where(o => ids.Contains(o.SpaceId)).ToListAsync(cancellationToken)).ToLookup(o => o.SpaceId);
        var today = ChinaTime.Today(clock);
        var closures = (await db.Set<SpaceClosure>().AsNoTracking().Where(c => ids.Contains(c.SpaceId) && c.On >= today)
            .OrderBy(c => c.On).ToListAsync(cancellationToken)).ToLookup(c => c.SpaceId);
        return [.. spaces.Select(space => new SpaceView(space.Id, space.CommunityId, space.Name, space.Kind, space.Capacity, space.NeedsApproval, space.BufferMinutes,
            space.MaxBookingMinutes, space.BookAheadDays, space.ResidentsMayBook,
            [.. hours[space.Id].OrderBy(h => h.Day).Select(h => new OpeningView(h.Day, h.Opens, h.Closes))],
            [.. closures[space.Id].Select(c => new ClosureView(c.Id, c.On, c.Reason))]))];
    }

    /// <summary>Staff book any space in scope; a resident books for themselves or their group where residents may book.</summary>
    private async Task<(Space Space, int? ResidentId)> BookableAsync(int spaceId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await authorization.AllowsAsync(user, ActivitiesPolicies.Manage))
            return (await db.Set<Space>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == spaceId, cancellationToken) ?? throw new NotFoundException(), null);
        var me = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        var space = await db.Set<Space>().AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == spaceId && s.CommunityId == me.CommunityId && s.ResidentsMayBook, cancellationToken) ?? throw new NotFoundException();
        return (space, me.Id);
    }

    /// <summary>The rules every booking passes before the database decides on overlaps.</summary>
    private async Task<(DateTime Start, DateTime End, string Purpose, string? Group)> CheckAsync(Space space, BookingInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var start = ChinaTime.FromInput(input.StartsAt);
        var end = ChinaTime.FromInput(input.EndsAt);
        if (start is null) errors["startsAt"] = new("Validation.Required");
        if (end is null) errors["endsAt"] = new("Validation.Required");
        var purpose = input.Purpose?.Trim() ?? "";
        if (purpose.Length is 0 or > 200) errors["purpose"] = new("Space.PurposeRequired");
        var group = string.IsNullOrWhiteSpace(input.GroupName) ? null : input.GroupName.Trim();
        if (group is { Length: > 100 }) errors["groupName"] = new("Validation.MaxLength", 100);
        if (start is not null && end is not null)
        {
            var day = DateOnly.FromDateTime(ChinaTime.FromUtc(start.Value));
            if (end <= start) errors["endsAt"] = new("Activity.EndBeforeStart");
            else if (start < Now) errors["startsAt"] = new("Space.InThePast");
            else if (day > ChinaTime.Today(clock).AddDays(space.BookAheadDays)) errors["startsAt"] = new("Space.TooFarAhead", space.BookAheadDays);
            else if (space.MaxBookingMinutes is { } max && (end.Value - start.Value).TotalMinutes > max) errors["endsAt"] = new("Space.TooLong", max);
            else if (await db.Set<SpaceClosure>().FirstOrDefaultAsync(c => c.SpaceId == space.Id && c.On == day, cancellationToken) is { } closed)
                errors["startsAt"] = new("Space.Closed", closed.Reason);
            else if (!await WithinOpeningHoursAsync(space.Id, start.Value, end.Value, cancellationToken)) errors["startsAt"] = new("Space.OutsideHours");
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return (start!.Value, end!.Value, purpose, group);
    }

    private async Task SaveAsync(Booking booking, CancellationToken cancellationToken)
    {
        db.Set<Booking>().Add(booking);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        // Two inserts checking PostgreSQL's exclusion constraint against each other may end in a deadlock (40P01), which
        // Npgsql's execution strategy wraps as a transient failure: either way another booking holds the time.
        catch (Exception e) when (e is DbUpdateException || e.InnerException is DbUpdateException)
        {
            db.Entry(booking).State = EntityState.Detached;
            throw await OverlapAsync(booking, cancellationToken);
        }
    }

    private async Task<Booking> DecideAsync(int bookingId, BookingStatus to, string notice, CancellationToken cancellationToken)
    {
        var booking = await db.Set<Booking>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken) ?? throw new NotFoundException();
        if (await db.Set<Booking>().Where(b => b.Id == bookingId && b.Status == BookingStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, to), cancellationToken) == 0)
            throw new ConflictException("Space.NotPending");
        await audit.RecordAsync(to == BookingStatus.Confirmed ? "space.approved" : "space.rejected", "Space", booking.SpaceId.ToString(), $"booking={bookingId}", cancellationToken);
        if (booking.ResidentId is { } resident)
        {
            var space = await db.Set<Space>().AsNoTracking().Where(s => s.Id == booking.SpaceId).Select(s => s.Name).FirstAsync(cancellationToken);
            await notifier.NotifyAsync(resident, notice, [space, ChinaTime.ToOffset(booking.StartsAt).ToString("yyyy-MM-dd HH:mm")], "/portal/spaces", cancellationToken);
        }
        return await db.Set<Booking>().AsNoTracking().FirstAsync(b => b.Id == bookingId, cancellationToken);
    }

    private async Task<Booking> BookingForAsync(int bookingId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await authorization.AllowsAsync(user, ActivitiesPolicies.Manage))
            return await db.Set<Booking>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken) ?? throw new NotFoundException();
        var me = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        return await db.Set<Booking>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId && b.ResidentId == me.Id, cancellationToken)
            ?? throw new NotFoundException();
    }

    /// <summary>The database refused an overlap; name the live booking in the way (buffer included).</summary>
    private async Task<Exception> OverlapAsync(Booking wanted, CancellationToken cancellationToken)
    {
        var other = await db.Set<Booking>().IgnoreQueryFilters().AsNoTracking()
            .Where(b => b.SpaceId == wanted.SpaceId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed)
                && b.StartsAt < wanted.BlockedUntil && wanted.StartsAt < b.BlockedUntil)
            .OrderBy(b => b.StartsAt).FirstOrDefaultAsync(cancellationToken);
        if (other is null) return new ConflictException("Space.Overlap");
        return new ConflictException("Space.Overlap", new Dictionary<string, object?>
        {
            ["conflictingBookingId"] = other.Id,
            ["conflictingStartsAt"] = ChinaTime.ToOffset(other.StartsAt),
            ["conflictingEndsAt"] = ChinaTime.ToOffset(other.EndsAt),
        });
    }

    /// <summary>Inside one day's opening hours, in China time.</summary>
    private async Task<bool> WithinOpeningHoursAsync(int spaceId, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var localStart = ChinaTime.FromUtc(start);
        var localEnd = ChinaTime.FromUtc(end);
        if (localStart.Date != localEnd.Date && localEnd.TimeOfDay != TimeSpan.Zero) return false;
        var day = localStart.DayOfWeek;
        var hours = await db.Set<SpaceOpening>().AsNoTracking().FirstOrDefaultAsync(o => o.SpaceId == spaceId && o.Day == day, cancellationToken);
        return hours is not null && TimeOnly.FromDateTime(localStart) >= hours.Opens
            && (localEnd.Date > localStart.Date ? hours.Closes == TimeOnly.MaxValue : TimeOnly.FromDateTime(localEnd) <= hours.Closes);
    }
}
