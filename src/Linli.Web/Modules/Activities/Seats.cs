using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities;

/// <summary>An activity's seat count: the one place that decides whether a seat is left.</summary>
public static class Seats
{
    /// <summary>The conditional UPDATE that takes a seat; <c>{0}</c> is the activity's id. One row updated: a seat; none: the waitlist.</summary>
    public const string TakeSql = """
        UPDATE activities_activities SET "ConfirmedCount" = "ConfirmedCount" + 1 WHERE "Id" = {0} AND "ConfirmedCount" < "Capacity"
        """;

    /// <summary>A seat by <see cref="TakeSql"/>, or the waitlist when none is left.</summary>
    public static async Task<RegistrationStatus> TakeAsync(LinliDb db, int activityId, CancellationToken cancellationToken) =>
        Outcome(await db.Database.ExecuteSqlRawAsync(TakeSql, [activityId], cancellationToken));

    public static RegistrationStatus Outcome(int rowsUpdated) => rowsUpdated == 1 ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
}
