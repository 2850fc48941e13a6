import type { DemoContext, DemoRow } from './demo-record-context.ts';
import {
  generateAbnormalOperations,
  generateCoercions,
  generateLicenses,
  generatePenalties,
  generateSeriousDishonesty,
} from './demo-records-administrative.ts';
import {
  generateHighTechCertificates,
  generateHonors,
  generatePatents,
  generateQualifications,
  generateRndInvestments,
  generateSciTechProjects,
  generateTrademarks,
} from './demo-records-innovation.ts';
import { generateCourtJudgments, generateDishonestDebtors } from './demo-records-judicial.ts';
import {
  generateCommitments,
  generateHousingFundArrears,
  generateSocialInsuranceArrears,
  generateTaxArrears,
  generateUtilityArrears,
} from './demo-records-obligations.ts';
import { generateRandomInspections } from './demo-records-inspections.ts';
import {
  generateEthicsViolations,
  generateResearchCommitments,
  generateResearchMisconductHandlings,
} from './demo-records-research.ts';
import {
  generateIndustryEvaluations,
  generateNationalEvaluations,
  generateSamrRiskClassifications,
  generateTaxRatings,
} from './demo-records-ratings.ts';

/**
 * One generator per record kind of catalog/record-kinds.yaml. Generators run in catalog order; the commitment
 * generator reads the credit repairs the penalty generator planned (修复型承诺), so penalties must come first.
 */
export const DEMO_RECORD_GENERATORS: Record<string, (context: DemoContext) => DemoRow[]> = {
  administrative_license: generateLicenses,
  administrative_penalty: generatePenalties,
  administrative_coercion: generateCoercions,
  abnormal_operation: generateAbnormalOperations,
  serious_dishonesty_list: generateSeriousDishonesty,
  dishonest_judgment_debtor: generateDishonestDebtors,
  court_judgment: generateCourtJudgments,
  tax_credit_rating: generateTaxRatings,
  tax_arrears: generateTaxArrears,
  social_insurance_arrears: generateSocialInsuranceArrears,
  housing_fund_arrears: generateHousingFundArrears,
  utility_arrears: generateUtilityArrears,
  honor: generateHonors,
  qualification: generateQualifications,
  patent: generatePatents,
  trademark: generateTrademarks,
  high_tech_certification: generateHighTechCertificates,
  sci_tech_project: generateSciTechProjects,
  rnd_investment: generateRndInvestments,
  credit_commitment: generateCommitments,
  industry_evaluation: generateIndustryEvaluations,
  national_credit_evaluation: generateNationalEvaluations,
  random_inspection: generateRandomInspections,
  research_misconduct_handling: generateResearchMisconductHandlings,
  sci_tech_ethics_violation: generateEthicsViolations,
  research_integrity_commitment: generateResearchCommitments,
  samr_risk_classification: generateSamrRiskClassifications,
};
