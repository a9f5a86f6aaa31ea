using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities;

/// <summary>An activity's seat count: the one place that decides whether a seat is left.</summary>
public static class Seats
{
    /// <summary>A seat by the conditional UPDATE of the seat count, or the waitlist when none is left.</summary>
    public static async Task<RegistrationStatus> TakeAsync(LinliDb db, int activityId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            UPDATE activities_activities SET "ConfirmedCount" = "ConfirmedCount" + 1 WHERE "Id" = {activityId} AND "ConfirmedCount" < "Capacity"
            """, cancellationToken) == 1
            ? RegistrationStatus.Confirmed
            : RegistrationStatus.Waitlisted;
}
