using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Attendance;

/// <summary>One activity's sign-in sheet: who came.</summary>
public sealed record AttendanceSheet(int ActivityId, IReadOnlyList<int> ResidentIds);

/// <summary>
/// Sign-in sheets typed in long after the activities were held, in bulk: a program's history moved into Linli, the
/// demo's 2019 batch, the benchmarks' worlds. The system does it, never a request: each person becomes a check-in
/// with the stated reason, each activity is finished, and the communities' tallies are recounted from the rows, so
/// every figure still comes from check-ins.
/// </summary>
public sealed class AttendanceSheets(LinliDb db, AttendanceTallies tallies, AccessScope scope)
{
    public async Task RecordAsync(IReadOnlyList<AttendanceSheet> sheets, string reason, string recordedBy, CancellationToken cancellationToken)
    {
        if (!scope.IsSystem) throw new InvalidOperationException("Sheets are recorded in bulk by the system only.");
        var ids = sheets.Select(s => s.ActivityId).ToList();
        var activities = await db.Set<Activity>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        if (activities.Count != ids.Distinct().Count() || activities.Values.Any(a => a.Status is not (ActivityStatus.Published or ActivityStatus.Finished)))
            throw new InvalidOperationException("Every sheet needs a published activity.");
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var rows = sheets.SelectMany(s => s.ResidentIds.Distinct().Select(r => new CheckIn(activities[s.ActivityId], r, walkIn: true, recordedBy,
                activities[s.ActivityId].StartsAt, reason))).ToList();
            await new Platform.Data.BulkInserter<CheckIn>(db).InsertAsync(rows, cancellationToken);
            await db.Set<Activity>().Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ActivityStatus.Finished), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var community in activities.Values.Select(a => a.CommunityId).Distinct()) await tallies.RecountAsync(community, cancellationToken);
    }
}
