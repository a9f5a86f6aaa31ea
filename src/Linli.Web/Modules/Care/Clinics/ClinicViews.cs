using Linli.Web.Modules.Care.Health;

namespace Linli.Web.Modules.Care.Clinics;

/// <summary>
/// A series of weekly sessions: the first one's start, how many weeks, the courtyards it rotates through (in order),
/// the theme, the partner and its doctors, the seats; <c>grantProjectId</c> holds the sessions inside a grant project,
/// so its person-times and health records count there.
/// </summary>
public sealed record NewClinicSeries(int? CommunityId, string? Series, DateTime? FirstStartsAt, int? Weeks, IReadOnlyList<int>? RegionIds, ClinicTheme? Theme,
    string? Partner = null, string? Doctors = null, int? Capacity = null, int? DurationMinutes = null, int? GrantProjectId = null);

public sealed record ClinicSeriesCreated(IReadOnlyList<int> Ids);

/// <summary>A measurement at a session: the resident (checked in if they were not), and the reading.</summary>
public sealed record SessionMeasurement(int? ResidentId, NewMeasurement? Reading);

public sealed record ClinicLine(int Id, string Series, ClinicTheme Theme, DateTimeOffset StartsAt, string Place, int ActivityId, int CheckedIn, int Measured);

/// <summary>Someone on the session's list: signed up or walked in, present or not, whether their record's consent stands, this session's readings.</summary>
public sealed record ClinicAttendee(int ResidentId, string? Name, bool CheckedIn, bool Consented, IReadOnlyList<MeasurementView> Readings);

public sealed record ClinicDetail(int Id, int CommunityId, string Series, ClinicTheme Theme, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, string? Partner,
    string? Doctors, int ActivityId, IReadOnlyList<ClinicAttendee> Attendees);
