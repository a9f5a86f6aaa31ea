namespace Linli.Web.Modules.Assemblies;

/// <summary>The matters owners decide together, in the order of Civil Code Art. 278 (items 1–9).</summary>
public enum Matter
{
    RulesOfProcedure = 1,
    ManagementCovenant = 2,
    ElectCommittee = 3,
    HireProperty = 4,
    UseMaintenanceFund = 5,
    RaiseMaintenanceFund = 6,
    Rebuild = 7,
    ChangeCommonUse = 8,
    Other = 9,
}

/// <summary>What an item needs of the participating owners and area: more than half of both, or three quarters of both.</summary>
public enum PassRule
{
    Majority = 1,
    ThreeQuarters = 2,
}

/// <summary>
/// Civil Code Art. 278 para. 2: raising the maintenance fund, rebuilding and changing the use of common parts (items
/// 6–8) need at least three quarters of the participating area and of the participating owners; every other matter,
/// elections and using the fund included, more than half of both. One place for the rule; docs/assemblies.md cites it.
/// </summary>
public static class Matters
{
    public static PassRule RuleOf(Matter matter) =>
        matter is Matter.RaiseMaintenanceFund or Matter.Rebuild or Matter.ChangeCommonUse ? PassRule.ThreeQuarters : PassRule.Majority;
}
