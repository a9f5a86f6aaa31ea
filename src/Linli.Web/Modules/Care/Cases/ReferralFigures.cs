using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care.Cases;

/// <summary>The cases' referrals to one partner from the caller's communities: how many were sent, how many it served.</summary>
public sealed record PartnerReferrals(int Sent, int Served);

/// <summary>
/// Referral counts for another module (a partner's page): counts only — no client, no need, no feedback — through
/// the community filter, so each caller counts only their own communities' referrals.
/// </summary>
public sealed class ReferralFigures(LinliDb db)
{
    public async Task<PartnerReferrals> ToPartnerAsync(int partnerId, CancellationToken cancellationToken)
    {
        var referrals = db.Set<Referral>().Where(r => r.PartnerId == partnerId);
        return new PartnerReferrals(await referrals.CountAsync(cancellationToken), await referrals.CountAsync(r => r.Status == ReferralStatus.Served, cancellationToken));
    }
}
