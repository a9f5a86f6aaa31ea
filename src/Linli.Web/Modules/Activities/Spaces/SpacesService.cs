using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Spaces;

public sealed record SpaceView(int Id, int CommunityId, string Name, int Capacity, bool NeedsApproval,
    IReadOnlyList<OpeningView> OpeningHours);

public sealed record OpeningView(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

public sealed record BookingView(int Id, int SpaceId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Purpose, BookingStatus Status);

/// <summary>Spaces and their bookings; overlaps are refused by the database and reported with the booking in the way.</summary>
public sealed class SpacesService(LinliDb db, Residents.ResidentPlacement placement, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Space> CreateAsync(int? communityId, string? name, int? capacity, bool? needsApproval, IReadOnlyList<OpeningView>? hours, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (communityId is null || !await placement.CoversCommunityAsync(communityId.Value, cancellationToken))
            errors["communityId"] = new("Activity.CommunityNotFound");
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 100) errors["name"] = new("Space.NameRequired");
        if (capacity is not { } seats || seats < 1 || seats > 10_000) errors["capacity"] = new("Activity.CapacityInvalid");
        if (hours is not null && (hours.Any(h => h.Closes <= h.Opens) || hours.DistinctBy(h => h.Day).Count() != hours.Count))
            errors["openingHours"] = new("Space.HoursInvalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var space = new Space(communityId!.Value, name, capacity!.Value, needsApproval ?? false, Now);
        db.Set<Space>().Add(space);
        await db.SaveChangesAsync(cancellationToken);
        var opening = hours?.Select(h => (h.Day, h.Opens, h.Closes)) ?? SpaceOpening.Default;
        db.Set<SpaceOpening>().AddRange(opening.Select(h => new SpaceOpening(space.Id, h.Item1, h.Item2, h.Item3)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("space.created", "Space", space.Id.ToString(), $"community={space.CommunityId}", cancellationToken);
        return space;
    }

    public async Task<SpaceView> ViewAsync(int id, CancellationToken cancellationToken)
    {
        var space = await db.Set<Space>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();
        var hours = await db.Set<SpaceOpening>().AsNoTracking().Where(o => o.SpaceId == id).ToListAsync(cancellationToken);
        return new SpaceView(space.Id, space.CommunityId, space.Name, space.Capacity, space.NeedsApproval,
            [.. hours.OrderBy(h => h.Day).Select(h => new OpeningView(h.Day, h.Opens, h.Closes))]);
    }

    public async Task<Booking> BookAsync(int spaceId, DateTime? startsAt, DateTime? endsAt, string? purpose, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var space = await db.Set<Space>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == spaceId, cancellationToken) ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var start = ChinaTime.FromInput(startsAt);
        var end = ChinaTime.FromInput(endsAt);
        if (start is null) errors["startsAt"] = new("Validation.Required");
        if (end is null) errors["endsAt"] = new("Validation.Required");
        purpose = purpose?.Trim() ?? "";
        if (purpose.Length is 0 or > 200) errors["purpose"] = new("Space.PurposeRequired");
        if (start is not null && end is not null)
        {
            if (end <= start) errors["endsAt"] = new("Activity.EndBeforeStart");
            else if (start < Now) errors["startsAt"] = new("Space.InThePast");
            else if (!await WithinOpeningHoursAsync(spaceId, start.Value, end.Value, cancellationToken)) errors["startsAt"] = new("Space.OutsideHours");
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var booking = new Booking(space, start!.Value, end!.Value, purpose, user.Identity?.Name ?? "", Now);
        db.Set<Booking>().Add(booking);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(booking).State = EntityState.Detached;
            throw await OverlapAsync(booking, cancellationToken);
        }
        await audit.RecordAsync("space.booked", "Space", spaceId.ToString(), $"booking={booking.Id}", cancellationToken);
        return booking;
    }

    /// <summary>The database refused an overlap; name the live booking in the way.</summary>
    private async Task<Exception> OverlapAsync(Booking wanted, CancellationToken cancellationToken)
    {
        var other = await db.Set<Booking>().IgnoreQueryFilters().AsNoTracking()
            .Where(b => b.SpaceId == wanted.SpaceId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed)
                && b.StartsAt < wanted.EndsAt && wanted.StartsAt < b.EndsAt)
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

    public static BookingView View(Booking b) => new(b.Id, b.SpaceId, ChinaTime.ToOffset(b.StartsAt), ChinaTime.ToOffset(b.EndsAt), b.Purpose, b.Status);
}
