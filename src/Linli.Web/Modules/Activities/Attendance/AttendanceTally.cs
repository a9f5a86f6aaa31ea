namespace Linli.Web.Modules.Activities.Attendance;

/// <summary>
/// One resident's attendance at a community's activities in one China-time year (<see cref="Month"/> 0) or month,
/// kept up to date in the transaction of each check-in. A year's figures read a few thousand of these instead of
/// a hundred thousand check-ins; see <see cref="AttendanceTallies"/>.
/// </summary>
public sealed class AttendanceTally
{
    /// <summary>The <see cref="Month"/> of the row that tallies the whole year.</summary>
    public const int WholeYear = 0;

    public int CommunityId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public int ResidentId { get; private set; }
    public int PersonTimes { get; private set; }
    public int WalkIns { get; private set; }

    private AttendanceTally() { }
}
