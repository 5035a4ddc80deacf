"""Chinese names, for sample data that looks like the office's own."""

import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕鹏辉波斌宇浩凯健俊帆帅旭宁琳晨欣怡佳雪梅倩婷颖露瑶思雨涵子轩梓睿博文浩然欣妍可馨宏志建国海峰永明德胜立新晓东春生"


def person_name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def mobile(rng: random.Random) -> str:
    prefix = rng.choice(["138", "139", "137", "136", "135", "150", "151", "152", "158", "159", "186", "187", "188",
                         "189", "133", "153", "177", "180", "181", "199"])
    return prefix + "".join(str(rng.randrange(10)) for _ in range(8))
