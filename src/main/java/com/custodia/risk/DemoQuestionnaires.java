package com.custodia.risk;

import java.util.ArrayList;
import java.util.List;

import com.custodia.clients.RiskLevel;

/**
 * The firm's starting questionnaires, in Chinese and English: eleven questions for individuals (age, income,
 * financial assets, experience, products known, knowledge, objective, horizon, share invested, loss tolerance,
 * liquidity) and eight for institutions. "Cannot bear any loss of principal" caps at C1; individuals aged 65 or more
 * are capped at C3. The demo loader publishes them; tests use them as a realistic questionnaire.
 */
public final class DemoQuestionnaires {

	private DemoQuestionnaires() {
	}

	public static QuestionnaireContent individual() {
		List<QuestionnaireContent.QuestionText> q = new ArrayList<>();
		q.add(question("您的年龄是？", "What is your age?", false,
				option("18–30 岁", "18 to 30", 4), option("31–45 岁", "31 to 45", 5), option("46–55 岁", "46 to 55", 3),
				option("56–64 岁", "56 to 64", 2), option("65 岁及以上", "65 or over", 1)));
		q.add(question("您家庭的年收入大约是？", "What is your household's annual income?", false,
				option("10 万元以下", "Below CNY 100,000", 1), option("10 万–30 万元", "CNY 100,000 to 300,000", 2),
				option("30 万–100 万元", "CNY 300,000 to 1 million", 3), option("100 万–500 万元", "CNY 1 to 5 million", 4),
				option("500 万元以上", "Above CNY 5 million", 5)));
		q.add(question("您可用于投资的金融资产大约是？", "How much do you hold in financial assets?", false,
				option("50 万元以下", "Below CNY 500,000", 1), option("50 万–300 万元", "CNY 500,000 to 3 million", 2),
				option("300 万–1000 万元", "CNY 3 to 10 million", 3), option("1000 万–3000 万元", "CNY 10 to 30 million", 4),
				option("3000 万元以上", "Above CNY 30 million", 5)));
		q.add(question("您有多少年投资经验（存款除外）？", "How many years have you invested (beyond deposits)?", false,
				option("没有经验", "None", 1), option("2 年以下", "Less than 2 years", 2), option("2–5 年", "2 to 5 years", 3),
				option("5–10 年", "5 to 10 years", 4), option("10 年以上", "More than 10 years", 5)));
		q.add(question("您投资过以下哪些产品？", "Which of these have you invested in?", true,
				option("存款、货币市场基金", "Deposits, money-market funds", 1),
				option("债券、债券基金、银行理财", "Bonds, bond funds, bank wealth products", 2),
				option("股票、股票型或混合型基金", "Shares, equity or balanced funds", 3),
				option("私募基金、结构性产品、期货或期权", "Private funds, structured products, futures or options", 5)));
		q.add(question("您对金融产品及其风险的了解程度是？", "How well do you know financial products and their risks?", false,
				option("了解很少", "Very little", 1), option("了解基本知识", "The basics", 2),
				option("较为了解，能判断主要风险", "Well; I can judge the main risks", 4),
				option("非常了解，有金融相关从业或学习经历", "Very well; I have worked in or studied finance", 5)));
		q.add(question("您的主要投资目标是？", "What is your main investment objective?", false,
				option("保本，资产不缩水", "Keep the capital intact", 1), option("获得稳定的收益", "A steady income", 2),
				option("收益与风险兼顾的增长", "Growth with balanced risk", 3), option("较高的长期增长", "Strong long-term growth", 4),
				option("追求高收益，可承受大幅波动", "The highest return, accepting large swings", 5)));
		q.add(question("这笔资金计划投资多长时间？", "How long do you plan to invest this money?", false,
				option("1 年以内", "Less than 1 year", 1), option("1–3 年", "1 to 3 years", 2), option("3–5 年", "3 to 5 years", 4),
				option("5 年以上", "More than 5 years", 5)));
		q.add(question("计划投资的金额占您金融资产的比例是？", "What share of your financial assets will you invest?", false,
				option("10% 以下", "Less than 10%", 1), option("10%–25%", "10% to 25%", 2), option("25%–50%", "25% to 50%", 3),
				option("50% 以上", "More than 50%", 4)));
		q.add(question("您能承受的最大本金亏损是？", "What is the largest loss of principal you can bear?", false,
				option("不能承受任何本金损失", "I cannot bear any loss of principal", 0, RiskLevel.C1),
				option("5% 以内", "Up to 5%", 2), option("5%–15%", "5% to 15%", 3), option("15%–30%", "15% to 30%", 4),
				option("30% 以上", "More than 30%", 5)));
		q.add(question("未来这笔资金的流动性需求是？", "When might you need this money back?", false,
				option("一年内可能需要动用大部分资金", "I may need most of it within a year", 1),
				option("1–3 年内可能需要动用部分资金", "I may need some of it within 1 to 3 years", 2),
				option("3 年以上不需要动用", "I will not need it for 3 years or more", 4)));
		List<QuestionnaireContent.Band> bands = List.of(new QuestionnaireContent.Band(10, 18, RiskLevel.C1),
				new QuestionnaireContent.Band(19, 26, RiskLevel.C2), new QuestionnaireContent.Band(27, 34, RiskLevel.C3),
				new QuestionnaireContent.Band(35, 42, RiskLevel.C4), new QuestionnaireContent.Band(43, 53, RiskLevel.C5));
		return new QuestionnaireContent("Individual investor risk questionnaire", "个人投资者风险承受能力评估问卷", q, bands, 65,
				RiskLevel.C3).renumbered();
	}

	public static QuestionnaireContent institution() {
		List<QuestionnaireContent.QuestionText> q = new ArrayList<>();
		q.add(question("贵机构的性质是？", "What kind of institution are you?", false,
				option("政府机关或事业单位", "Government body or public institution", 1),
				option("一般企业", "Non-financial enterprise", 2), option("投资公司或资产管理机构", "Investment or asset-management company", 4),
				option("持牌金融机构", "Licensed financial institution", 5)));
		q.add(question("贵机构最近一年末的净资产是？", "What were your net assets at the last year end?", false,
				option("1000 万元以下", "Below CNY 10 million", 1), option("1000 万–5000 万元", "CNY 10 to 50 million", 2),
				option("5000 万–2 亿元", "CNY 50 to 200 million", 3), option("2 亿元以上", "Above CNY 200 million", 4)));
		q.add(question("贵机构有多少年证券、基金等投资经验？", "How many years have you invested in securities, funds and the like?", false,
				option("没有经验", "None", 1), option("3 年以下", "Less than 3 years", 2), option("3–5 年", "3 to 5 years", 3),
				option("5 年以上", "More than 5 years", 4)));
		q.add(question("贵机构是否有专职投资管理人员？", "Do you have staff dedicated to investment?", false,
				option("没有", "No", 1), option("有兼职人员", "Part-time staff", 2), option("有专职投资团队", "A dedicated investment team", 4)));
		q.add(question("本次投资的主要目标是？", "What is the main objective of this investment?", false,
				option("保本及现金管理", "Capital preservation and cash management", 1), option("获取稳定收益", "Stable returns", 2),
				option("收益与风险兼顾", "Balanced return and risk", 3), option("追求较高收益", "Higher returns", 5)));
		q.add(question("本次投资的期限是？", "How long will the money be invested?", false,
				option("1 年以内", "Less than 1 year", 1), option("1–3 年", "1 to 3 years", 3), option("3 年以上", "More than 3 years", 4)));
		q.add(question("贵机构能承受的最大本金亏损是？", "What is the largest loss of principal you can bear?", false,
				option("不能承受任何本金损失", "We cannot bear any loss of principal", 0, RiskLevel.C1),
				option("5% 以内", "Up to 5%", 2), option("5%–20%", "5% to 20%", 3), option("20% 以上", "More than 20%", 5)));
		q.add(question("本次投资资金的来源与流动性需求是？", "Where does the money come from, and when is it needed?", false,
				option("一年内需用于经营的资金", "Operating cash needed within a year", 1),
				option("1–3 年内闲置的资金", "Surplus funds idle for 1 to 3 years", 3),
				option("长期闲置的自有资金", "Own funds idle for the long term", 4)));
		List<QuestionnaireContent.Band> bands = List.of(new QuestionnaireContent.Band(7, 12, RiskLevel.C1),
				new QuestionnaireContent.Band(13, 18, RiskLevel.C2), new QuestionnaireContent.Band(19, 24, RiskLevel.C3),
				new QuestionnaireContent.Band(25, 29, RiskLevel.C4), new QuestionnaireContent.Band(30, 35, RiskLevel.C5));
		return new QuestionnaireContent("Institutional investor risk questionnaire", "机构投资者风险承受能力评估问卷", q, bands, null,
				null).renumbered();
	}

	private static QuestionnaireContent.QuestionText question(String zh, String en, boolean multiple,
			QuestionnaireContent.OptionText... options) {
		return new QuestionnaireContent.QuestionText(null, en, zh, multiple, List.of(options));
	}

	private static QuestionnaireContent.OptionText option(String zh, String en, int score) {
		return option(zh, en, score, null);
	}

	private static QuestionnaireContent.OptionText option(String zh, String en, int score, RiskLevel cap) {
		return new QuestionnaireContent.OptionText(null, en, zh, score, cap);
	}

}
