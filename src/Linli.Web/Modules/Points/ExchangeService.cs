using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Points;

/// <summary>
/// The exchange: a community's catalogue of goods for points, redemptions (at the desk or by the resident), pickup and
/// cancellation. A redemption takes the points and the stock by conditional UPDATEs in one transaction, so many at
/// once never overdraw a balance or sell stock that is not there, and its key makes a retry return the first answer.
/// </summary>
public sealed class ExchangeService(IAuthorizationService authorization, LinliDb db, Ledger ledger, PointsService points, SelfServiceService self, ResidentPlacement placement, ResidentDirectory residents, AuditLog audit,
    TimeProvider clock)
{
    public const int MaxQuantity = 100;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CatalogItem> AddItemAsync(NewCatalogItem input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is not { } communityId || !await placement.CoversCommunityAsync(communityId, cancellationToken))
            errors["communityId"] = new("Points.CommunityNotFound");
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100) errors["name"] = new("Points.ItemNameRequired");
        if (input.PointsCost is not (>= 1 and <= PointsService.MaxAward)) errors["pointsCost"] = new("Points.AmountInvalid", PointsService.MaxAward);
        if (input.Stock is not (>= 0 and <= 1_000_000)) errors["stock"] = new("Points.StockInvalid");
        var donor = string.IsNullOrWhiteSpace(input.Donor) ? null : input.Donor.Trim();
        if (donor is { Length: > 100 }) errors["donor"] = new("Validation.MaxLength", 100);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var item = new CatalogItem(input.CommunityId!.Value, name, input.PointsCost!.Value, input.Stock!.Value, donor, Now);
        db.Set<CatalogItem>().Add(item);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("points.item-added", "CatalogItem", item.Id.ToString(), $"community={item.CommunityId} cost={item.PointsCost} stock={item.Stock}", cancellationToken);
        return item;
    }

    /// <summary>Staff see every item of a community in their scope; residents see the active ones of their own.</summary>
    public async Task<IReadOnlyList<CatalogItemView>> CatalogAsync(int communityId, bool activeOnly, CancellationToken cancellationToken)
    {
        var items = await db.Set<CatalogItem>().AsNoTracking().Where(i => i.CommunityId == communityId && (!activeOnly || i.Active))
            .OrderBy(i => i.PointsCost).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        return [.. items.Select(View)];
    }

    public async Task<IReadOnlyList<CatalogItemView>> StaffCatalogAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        return await CatalogAsync(communityId, activeOnly: false, cancellationToken);
    }

    public async Task<RedemptionView> RedeemAsync(RedeemRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (request.Quantity is not (>= 1 and <= MaxQuantity)) errors["quantity"] = new("Points.QuantityInvalid", MaxQuantity);
        var key = PointsService.CheckedKey(request.IdempotencyKey, errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        // Staff redeem for a resident at the desk; a resident for themselves ({}), or for a child in their care.
        var resident = await authorization.AllowsAsync(user, PointsPolicies.Manage) ? await points.StaffResidentAsync(request.ResidentId, cancellationToken)
            : request.ResidentId is { } id ? await points.VisibleResidentAsync(id, user, cancellationToken)
            : await self.OwnResidentAsync(user.UserId(), cancellationToken);
        var item = await db.Set<CatalogItem>().AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == request.CatalogItemId && i.CommunityId == resident.CommunityId && i.Active, cancellationToken)
            ?? throw new FieldValidationException("catalogItemId", "Points.ItemNotFound");

        if (await ledger.FindAsync(resident.CommunityId, key, cancellationToken) is { } done) return await ReplayAsync(done, resident.Id, item.Id, cancellationToken);
        var account = await ledger.AccountAsync(resident.CommunityId, AccountKind.Resident, resident.Id, cancellationToken);
        var redeemed = await ledger.AccountAsync(resident.CommunityId, AccountKind.Redeemed, null, cancellationToken);
        var quantity = request.Quantity!.Value;
        var payment = new PointsTransaction(resident.CommunityId, TransactionKind.Redemption, item.PointsCost * quantity, $"{item.Name} ×{quantity}", $"catalog:{item.Id}", key,
            account, redeemed, user.Identity?.Name ?? "", Now);
        Redemption? redemption = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (await points.TryClaimAsync(payment, cancellationToken))
            {
                // Points first, then stock: every writer takes the rows in this order, so none waits on another in a circle.
                if (!await ledger.MoveBalanceAsync(account.Id, -payment.Points, cancellationToken))
                    throw new ConflictException("Points.NotEnough", new Dictionary<string, object?> { ["balance"] = await points.BalanceAsync(resident.CommunityId, resident.Id, cancellationToken) });
                if (await db.Set<CatalogItem>().Where(i => i.Id == item.Id && i.Stock >= quantity)
                        .ExecuteUpdateAsync(s => s.SetProperty(i => i.Stock, i => i.Stock - quantity), cancellationToken) == 0)
                    throw new ConflictException("Points.OutOfStock");
                db.Set<Redemption>().Add(redemption = new Redemption(item, resident.Id, quantity, payment, Now));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        // The same key sent twice at once: the other request redeemed; answer with its redemption.
        if (redemption is null) return await ReplayAsync(await ledger.FindAsync(resident.CommunityId, key, cancellationToken), resident.Id, item.Id, cancellationToken);
        await audit.RecordAsync("points.redeemed", "Resident", resident.Id.ToString(), $"redemption={redemption.Id} item={item.Id} x{quantity} -{payment.Points}", cancellationToken);
        return View(redemption, item.Name);
    }

    /// <summary>The desk hands the item over.</summary>
    public async Task<RedemptionView> PickUpAsync(int redemptionId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var redemption = await InScopeAsync(redemptionId, cancellationToken);
        var now = Now;
        var who = user.Identity?.Name ?? "";
        if (await db.Set<Redemption>().Where(r => r.Id == redemptionId && r.Status == RedemptionStatus.Reserved)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RedemptionStatus.PickedUp).SetProperty(r => r.PickedUpAt, now).SetProperty(r => r.PickedUpBy, who), cancellationToken) == 0)
            throw new ConflictException("Points.NotReserved");
        await audit.RecordAsync("points.picked-up", "Resident", redemption.ResidentId.ToString(), $"redemption={redemptionId}", cancellationToken);
        return await ViewAsync(redemptionId, cancellationToken);
    }

    /// <summary>Before pickup: the points come back by a reversal and the stock is restored, in one transaction.</summary>
    public async Task<RedemptionView> CancelAsync(int redemptionId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var redemption = await InScopeAsync(redemptionId, cancellationToken);
        var payment = await db.Set<PointsTransaction>().IgnoreQueryFilters().AsNoTracking().Include(t => t.Entries).FirstAsync(t => t.Id == redemption.TransactionId, cancellationToken);
        var accounts = await db.Set<PointsAccount>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => payment.Entries.Select(e => e.AccountId).Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var (from, to) = (accounts[payment.Entries.Single(e => e.Amount > 0).AccountId], accounts[payment.Entries.Single(e => e.Amount < 0).AccountId]);
        var refund = new PointsTransaction(payment.CommunityId, TransactionKind.Reversal, payment.Points, "取消兑换", $"redemption:{redemptionId}", $"cancel:{redemptionId}",
            from, to, user.Identity?.Name ?? "", Now, payment.Id);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (await db.Set<Redemption>().Where(r => r.Id == redemptionId && r.Status == RedemptionStatus.Reserved)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RedemptionStatus.Cancelled), cancellationToken) == 0)
                throw new ConflictException("Points.NotReserved");
            if (!await points.TryClaimAsync(refund, cancellationToken)) throw new ConflictException("Points.NotReserved");
            await ledger.MoveBalanceAsync(to.Id, refund.Points, cancellationToken);
            await db.Set<CatalogItem>().Where(i => i.Id == redemption.CatalogItemId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Stock, i => i.Stock + redemption.Quantity), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await audit.RecordAsync("points.redemption-cancelled", "Resident", redemption.ResidentId.ToString(), $"redemption={redemptionId} +{refund.Points}", cancellationToken);
        return await ViewAsync(redemptionId, cancellationToken);
    }

    /// <summary>Items waiting to be picked up at a community's desk, oldest first.</summary>
    public async Task<IReadOnlyList<RedemptionView>> WaitingAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var rows = await db.Set<Redemption>().AsNoTracking().Where(r => r.CommunityId == communityId && r.Status == RedemptionStatus.Reserved)
            .Join(db.Set<CatalogItem>(), r => r.CatalogItemId, i => i.Id, (r, i) => new { r, i.Name })
            .OrderBy(x => x.r.Id).Take(500).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(rows.Select(x => x.r.ResidentId), cancellationToken);
        return [.. rows.Where(x => names.ContainsKey(x.r.ResidentId)).Select(x => View(x.r, x.Name) with { ResidentName = names[x.r.ResidentId] })];
    }

    /// <summary>A resident's own redemptions, the waiting ones first, then the latest.</summary>
    public async Task<IReadOnlyList<RedemptionView>> OfResidentAsync(int residentId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Redemption>().AsNoTracking().Where(r => r.ResidentId == residentId)
            .Join(db.Set<CatalogItem>(), r => r.CatalogItemId, i => i.Id, (r, i) => new { r, i.Name })
            .OrderByDescending(x => x.r.Id).Take(20).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(x => x.r.Status != RedemptionStatus.Reserved).ThenByDescending(x => x.r.Id).Select(x => View(x.r, x.Name))];
    }

    /// <summary>The original answer to a retried request; a key used for another resident or item is refused.</summary>
    private async Task<RedemptionView> ReplayAsync(PointsTransaction? done, int residentId, int itemId, CancellationToken cancellationToken)
    {
        if (done is null) throw new ConflictException("Points.TryAgain");
        var redemption = await db.Set<Redemption>().AsNoTracking().FirstOrDefaultAsync(r => r.TransactionId == done.Id, cancellationToken);
        if (redemption is null || redemption.ResidentId != residentId || redemption.CatalogItemId != itemId)
            throw new FieldValidationException("idempotencyKey", "Points.KeyReused");
        return await ViewAsync(redemption.Id, cancellationToken);
    }

    private async Task<Redemption> InScopeAsync(int redemptionId, CancellationToken cancellationToken) =>
        await db.Set<Redemption>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == redemptionId, cancellationToken) ?? throw new NotFoundException();

    private async Task<RedemptionView> ViewAsync(int redemptionId, CancellationToken cancellationToken)
    {
        var row = await db.Set<Redemption>().AsNoTracking().Where(r => r.Id == redemptionId)
            .Join(db.Set<CatalogItem>(), r => r.CatalogItemId, i => i.Id, (r, i) => new { r, i.Name }).FirstAsync(cancellationToken);
        return View(row.r, row.Name);
    }

    private static RedemptionView View(Redemption r, string itemName) =>
        new(r.Id, r.ResidentId, r.CatalogItemId, itemName, r.Quantity, r.Points, r.Status, ChinaTime.ToOffset(r.CreatedAt), r.TransactionId);

    internal static CatalogItemView View(CatalogItem i) => new(i.Id, i.CommunityId, i.Name, i.PointsCost, i.Stock, i.Donor, i.Active);
}
