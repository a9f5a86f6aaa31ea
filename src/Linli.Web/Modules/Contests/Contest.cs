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

    /// <summary>The top N entries awarded; entries tied at rank N are all awarded (the tie rule the page states).</summary>
    public int? AwardCount { get; private set; }

    /// <summary>How many residents' accounts may vote from one phone or computer a day (a family shares a phone; a vote farm shares many accounts).</summary>
    public int AccountsPerDevice { get; private set; }

    /// <summary>How many votes one network address may carry a day (a compound's Wi-Fi carries many neighbours).</summary>
    public int VotesPerAddress { get; private set; }

    /// <summary>The grant project the contest is run in (最美阳台 is a whole category of seed 002's projects), if any.</summary>
    public int? GrantProjectId { get; private set; }

    /// <summary>Times the contest's page was opened (the entries' pages count their own).</summary>
    public int Views { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Contest() { }

    internal Contest(int communityId, string title, string? description, DateTime opensAt, DateTime closesAt, int votesPerDay, ContestLimits limits, string createdBy,
        DateTime now)
    {
        AwardCount = limits.AwardCount;
        AccountsPerDevice = limits.AccountsPerDevice;
        VotesPerAddress = limits.VotesPerAddress;
        CommunityId = communityId;
        Title = title;
        Description = description;
        OpensAt = opensAt;
        ClosesAt = closesAt;
        VotesPerDay = votesPerDay;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void InProject(int? grantProjectId) => GrantProjectId = grantProjectId;
}

/// <summary>The contest's award and anti-abuse settings, with the defaults a community starts from.</summary>
public sealed record ContestLimits(int? AwardCount, int AccountsPerDevice = ContestLimits.DefaultAccountsPerDevice, int VotesPerAddress = ContestLimits.DefaultVotesPerAddress)
{
    public const int DefaultAccountsPerDevice = 3;
    public const int DefaultVotesPerAddress = 300;
}

/// <summary>A household's entry waits for staff to approve it before anyone sees it or votes for it.</summary>
public enum EntryStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>
/// A household's entry: what it shows and, in <see cref="Votes"/>, its standing count — raised and lowered in the
/// same transaction as each vote, so the ranking reads entries alone and never a resident's votes. Entered by
/// staff (approved at once: they hold the household's signed form) or by a resident for their household, who
/// agrees to its publication; one entry per household.
/// </summary>
public sealed class ContestEntry : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxTitle = 100;
    public const int MaxPhotos = 6;

    public int Id { get; private set; }
    public int ContestId { get; private set; }
    public int CommunityId { get; private set; }
    public int? HouseholdId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public int Votes { get; private set; }

    /// <summary>Times the entry's public page was opened.</summary>
    public int Views { get; private set; }
    public EntryStatus Status { get; private set; }

    /// <summary>The resident who entered it from the portal and agreed to its publication; null when staff entered it.</summary>
    public int? SubmittedBy { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? RejectedReason { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private ContestEntry() { }

    internal ContestEntry(Contest contest, int? householdId, string title, string? description, int? submittedBy, string createdBy, DateTime now)
    {
        ContestId = contest.Id;
        CommunityId = contest.CommunityId;
        HouseholdId = householdId;
        Title = title;
        Description = description;
        SubmittedBy = submittedBy;
        Status = submittedBy is null ? EntryStatus.Approved : EntryStatus.Pending;
        if (submittedBy is null)
        {
            ReviewedBy = createdBy;
            ReviewedAt = now;
        }
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public bool IsPublic => Status == EntryStatus.Approved;
}

/// <summary>A photo of an entry (the balcony, the family): shown with the entry once it is approved.</summary>
public sealed class ContestEntryPhoto : ICommunityOwned, ResidentAccess.IShared
{
    public int Id { get; private set; }
    public int EntryId { get; private set; }
    public int CommunityId { get; private set; }
    public Guid FileId { get; private set; }
    public string AddedBy { get; private set; } = "";
    public DateTime AddedAt { get; private set; }

    private ContestEntryPhoto() { }

    internal ContestEntryPhoto(ContestEntry entry, Guid fileId, string addedBy, DateTime now)
    {
        EntryId = entry.Id;
        CommunityId = entry.CommunityId;
        FileId = fileId;
        AddedBy = addedBy;
        AddedAt = now;
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

    /// <summary>
    /// For an online vote, keyed hashes of the phone's device cookie and of the network address: enough to count
    /// votes per device and address and to see bursts, never the address itself (personal information).
    /// </summary>
    public string? DeviceKey { get; private set; }
    public string? AddressKey { get; private set; }

    /// <summary>A vote staff took out (a burst from one phone, an account that is not a person): it stays listed with why.</summary>
    public DateTime? RemovedAt { get; private set; }
    public string? RemovedBy { get; private set; }
    public string? RemovedReason { get; private set; }

    public static Expression<Func<ContestVote, int?>> ResidentOf => v => v.ResidentId;

    private ContestVote() { }

    internal ContestVote(ContestEntry entry, int residentId, DateOnly day, int slot, ContestVoteChannel channel, string enteredBy, VoteOrigin? origin, DateTime now)
    {
        DeviceKey = origin?.DeviceKey;
        AddressKey = origin?.AddressKey;
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
