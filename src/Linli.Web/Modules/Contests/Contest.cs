using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Contests;

/// <summary>
/// A public contest (评选) of one community: households enter (最美阳台, 健康家庭), residents vote within a daily limit,
/// the top entries are awarded. Shown to the community's residents.
/// </summary>
public sealed class Contest : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxTitle = 100;
    public const int MaxDescription = 2000;
    public const int MaxVotesPerDay = 50;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }

    /// <summary>How many votes one resident may cast a day (China day), each for a different entry.</summary>
    public int VotesPerDay { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Contest() { }

    internal Contest(int communityId, string title, string? description, DateTime opensAt, DateTime closesAt, int votesPerDay, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        Title = title;
        Description = description;
        OpensAt = opensAt;
        ClosesAt = closesAt;
        VotesPerDay = votesPerDay;
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}

/// <summary>
/// A household's entry: what it shows and, in <see cref="Votes"/>, its standing count — raised and lowered in the
/// same transaction as each vote, so the ranking reads entries alone and never a resident's votes.
/// </summary>
public sealed class ContestEntry : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxTitle = 100;

    public int Id { get; private set; }
    public int ContestId { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public int Votes { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private ContestEntry() { }

    internal ContestEntry(Contest contest, string title, string? description, string createdBy, DateTime now)
    {
        ContestId = contest.Id;
        CommunityId = contest.CommunityId;
        Title = title;
        Description = description;
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}

/// <summary>Cast by the resident on their phone, or on a paper slip at an on-site vote (最美阳台's photo wall) and entered by staff.</summary>
public enum ContestVoteChannel
{
    Online = 1,
    OnSite = 2,
}

/// <summary>
/// One resident's vote for one entry on one China day. The database keeps the rules under any race: one vote per
/// entry per resident per day (a unique index), and at most the daily limit (each vote takes the next numbered slot
/// of the day, unique too). A resident sees their own votes; staff see their communities'.
/// </summary>
public sealed class ContestVote : ICommunityOwned, ResidentAccess.IPersonal<ContestVote>
{
    public int Id { get; private set; }
    public int ContestId { get; private set; }
    public int EntryId { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public DateOnly Day { get; private set; }
    public int Slot { get; private set; }
    public DateTime CastAt { get; private set; }
    public ContestVoteChannel Channel { get; private set; }

    /// <summary>Who entered an on-site vote; for an online vote, the resident's account.</summary>
    public string EnteredBy { get; private set; } = "";

    /// <summary>A vote staff took out (a burst from one phone, an account that is not a person): it stays listed with why.</summary>
    public DateTime? RemovedAt { get; private set; }
    public string? RemovedBy { get; private set; }
    public string? RemovedReason { get; private set; }

    public static Expression<Func<ContestVote, int?>> ResidentOf => v => v.ResidentId;

    private ContestVote() { }

    internal ContestVote(ContestEntry entry, int residentId, DateOnly day, int slot, ContestVoteChannel channel, string enteredBy, DateTime now)
    {
        Channel = channel;
        EnteredBy = enteredBy;
        ContestId = entry.ContestId;
        EntryId = entry.Id;
        CommunityId = entry.CommunityId;
        ResidentId = residentId;
        Day = day;
        Slot = slot;
        CastAt = now;
    }
}
